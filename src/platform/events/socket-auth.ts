import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isUuid } from '../database/tenant-schema.js';
import { AuthUsersRepository } from '../identity/auth-users.repository.js';
import type { AccessClaims } from '../identity/auth.service.js';
import { TenantContext, type TenantRef } from '../tenancy/tenant-context.js';
import { TenantResolver } from '../tenancy/tenant-resolver.service.js';

/** WebSocket close codes (4000-4999 are the application's; each mirrors the HTTP status of the same failure). */
export const CLOSE = {
  badRequest: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  notFound: 4404,
  authTimeout: 4408,
  tenantLimit: 4429,
  slowConsumer: 4008,
  serverFull: 1013,
  /** RFC 6455 "Try Again Later": the server cannot serve events right now (its database is unreachable). */
  unavailable: 1013,
  goingAway: 1001,
} as const;

export class SocketAuthError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export interface SocketIdentity {
  tenantId: string;
  userId: string;
  /** Milliseconds since the epoch: the socket closes when the access token expires. */
  expiresAt: number;
}

/** The same checks as a tenant route: a valid access token of an existing user of this tenant. */
@Injectable()
export class SocketAuthenticator {
  constructor(
    private readonly jwt: JwtService,
    private readonly resolver: TenantResolver,
    private readonly users: AuthUsersRepository,
    private readonly context: TenantContext,
  ) {}

  async authenticate(tenantId: unknown, token: unknown): Promise<SocketIdentity> {
    if (!isUuid(tenantId)) throw new SocketAuthError(CLOSE.badRequest, 'tenant_id must be a UUID');
    if (typeof token !== 'string' || token === '') {
      throw new SocketAuthError(CLOSE.unauthorized, 'An access token is required');
    }
    const tenant = await this.activeTenant(tenantId);
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims & object>(token);
    } catch {
      throw new SocketAuthError(CLOSE.unauthorized, 'Invalid or expired access token');
    }
    if (typeof claims.exp !== 'number' || !isUuid(claims.sub) || !isUuid(claims.tid)) {
      throw new SocketAuthError(CLOSE.unauthorized, 'Invalid or expired access token');
    }
    if (claims.tid !== tenant.id) throw new SocketAuthError(CLOSE.forbidden, 'Token belongs to another tenant');
    await this.existingUser(tenant, claims.sub);
    return { tenantId: tenant.id, userId: claims.sub, expiresAt: claims.exp * 1000 };
  }

  /**
   * Checks again what `authenticate` checked, after the change channel said the tenant or the user changed; throws
   * the error whose close code ends the socket.
   */
  async recheck(identity: SocketIdentity, userToo: boolean): Promise<void> {
    const tenant = await this.activeTenant(identity.tenantId);
    if (userToo) await this.existingUser(tenant, identity.userId);
  }

  private async activeTenant(tenantId: string): Promise<TenantRef> {
    const tenant = await this.resolver.resolve(tenantId);
    if (!tenant || tenant.status === 'deleted') throw new SocketAuthError(CLOSE.notFound, 'Tenant not found');
    if (tenant.status === 'suspended') throw new SocketAuthError(CLOSE.forbidden, 'Tenant is suspended');
    return tenant;
  }

  private async existingUser(tenant: TenantRef, userId: string): Promise<void> {
    const user = await this.context.run(tenant, () => this.users.findById(userId));
    if (!user) throw new SocketAuthError(CLOSE.unauthorized, 'User no longer exists');
  }
}
