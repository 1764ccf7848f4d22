import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { isUuid } from '../database/tenant-schema.js';
import { RequestContext } from '../common/request-context.js';
import { TenantContext } from '../tenancy/tenant-context.js';
import type { User, UserRole } from './user.entity.js';
import { AccessTokenCache } from './access-token-cache.js';
import type { AccessClaims } from './auth.service.js';
import { AuthUserCache } from './auth-user-cache.js';
import { AuthUsersRepository } from './auth-users.repository.js';

const INVALID_TOKEN = 'Invalid or expired access token';

/**
 * Signs a request in on a tenant route, after its tenant was resolved (TenantAccess): a valid bearer token (HS256
 * only, `exp` required, issuer and audience checked) whose `tid` is this tenant (else 403), whose user still exists
 * here, and whose role is one the route allows (else 403).
 */
@Injectable()
export class TenantAuthenticator {
  private readonly verified = new AccessTokenCache();

  constructor(
    private readonly jwt: JwtService,
    private readonly users: AuthUsersRepository,
    private readonly userCache: AuthUserCache,
    private readonly context: TenantContext,
    private readonly requestContext: RequestContext,
  ) {}

  /** Sets `request.user` and the request's actor, or throws the 401 or 403 that says why not. */
  async authenticate(request: FastifyRequest & { user?: User }, roles: UserRole[] | undefined): Promise<void> {
    const claims = await this.verify(request.headers.authorization);
    if (claims.tid !== this.context.tenant?.id) throw new ForbiddenException('Token belongs to another tenant');
    const user = await this.userCache.get(claims.tid, claims.sub, () => this.users.findById(claims.sub));
    if (!user) throw new UnauthorizedException('User no longer exists');
    if (roles && !roles.includes(user.role)) throw new ForbiddenException('Your role may not do this');
    request.user = user;
    this.requestContext.actor = { type: 'user', id: user.id, role: user.role };
  }

  private async verify(header: string | undefined): Promise<AccessClaims> {
    // RFC 9110: the scheme is case-insensitive and one or more spaces separate it from the token.
    const match = header?.match(/^bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/i);
    if (!match) throw new UnauthorizedException('A bearer token is required');
    const known = this.verified.get(match[1]);
    if (known) return known;
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims & object>(match[1]);
    } catch {
      throw new UnauthorizedException(INVALID_TOKEN);
    }
    // jsonwebtoken accepts a token without `exp`; ours always have one.
    if (typeof claims.exp !== 'number' || !isUuid(claims.sub) || !isUuid(claims.tid)) {
      throw new UnauthorizedException(INVALID_TOKEN);
    }
    this.verified.set(match[1], claims);
    return claims;
  }
}
