import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Env } from '../config/env.validation.js';
import type { Queryable } from '../database/database.service.js';
import { TenantConnection } from '../tenancy/tenant-connection.js';
import type { User } from './user.entity.js';
import { AuthUsersRepository } from './auth-users.repository.js';
import { PasswordHasher } from './password-hasher.js';
import { RefreshTokensRepository } from './refresh-tokens.repository.js';

/** What an access token carries. `exp`, `iat`, `iss` and `aud` are set by the signer. */
export interface AccessClaims {
  sub: string;
  tid: string;
  role: string;
  exp?: number;
}

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token: string;
  refresh_expires_in: number;
  user: User;
}

const INVALID_LOGIN = 'Invalid email or password';
const INVALID_REFRESH = 'Invalid or expired refresh token';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

type RefreshOutcome = { user: User; family: string; spentId: string } | { failed: string };

@Injectable()
export class AuthService {
  private readonly accessTtl: number;
  private readonly refreshTtl: number;

  constructor(
    private readonly jwt: JwtService,
    private readonly db: TenantConnection,
    private readonly users: AuthUsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly hasher: PasswordHasher,
    config: ConfigService<Env, true>,
  ) {
    this.accessTtl = config.get('JWT_ACCESS_TTL_SECONDS', { infer: true });
    this.refreshTtl = config.get('JWT_REFRESH_TTL_SECONDS', { infer: true });
  }

  /** An unknown email and a wrong password get the same answer after the same argon2 work. */
  async login(email: string, password: string): Promise<TokenResponse> {
    const found = await this.users.findByEmailWithHash(email);
    const valid = found
      ? await this.hasher.verify(found.password_hash, password)
      : await this.hasher.verifyNothing(password);
    if (!found || !valid) throw new UnauthorizedException(INVALID_LOGIN);
    const { password_hash: _hash, ...user } = found;
    return this.db.transaction((tx) => this.issue(tx, user, randomUUID()));
  }

  /**
   * Rotates a refresh token: the presented one is spent and a new one of the same family is returned.
   * Presenting a spent token again means it leaked: the whole family is revoked.
   */
  async refresh(token: string): Promise<TokenResponse> {
    let response: TokenResponse | undefined;
    const failure = await this.db.transaction(async (tx) => {
      const outcome = await this.spend(tx, hashToken(token));
      if ('failed' in outcome) return outcome.failed;
      response = await this.issue(tx, outcome.user, outcome.family, outcome.spentId);
      return undefined;
    });
    // Thrown after the transaction commits, so a reuse-triggered revocation is kept.
    if (failure || !response) throw new UnauthorizedException(failure ?? INVALID_REFRESH);
    return response;
  }

  private async spend(tx: Queryable, tokenHash: string): Promise<RefreshOutcome> {
    const row = await this.refreshTokens.findForUpdate(tx, tokenHash);
    if (!row) return { failed: INVALID_REFRESH };
    if (row.revoked_at) {
      await this.refreshTokens.revokeFamily(tx, row.family_id);
      return { failed: 'Refresh token was already used; all sessions of this login are revoked' };
    }
    if (row.expires_at.getTime() <= Date.now()) return { failed: INVALID_REFRESH };
    const user = await this.users.findByIdIn(tx, row.user_id);
    if (!user) return { failed: INVALID_REFRESH };
    return { user, family: row.family_id, spentId: row.id };
  }

  private async issue(tx: Queryable, user: User, family: string, spentId?: string): Promise<TokenResponse> {
    const refreshToken = randomBytes(32).toString('base64url');
    const id = await this.refreshTokens.insert(tx, {
      user_id: user.id,
      family_id: family,
      token_hash: hashToken(refreshToken),
      ttl_seconds: this.refreshTtl,
    });
    if (spentId) await this.refreshTokens.markRotated(tx, spentId, id);
    const claims: AccessClaims = { sub: user.id, tid: this.db.tenant.id, role: user.role };
    return {
      access_token: await this.jwt.signAsync(claims),
      token_type: 'Bearer',
      expires_in: this.accessTtl,
      refresh_token: refreshToken,
      refresh_expires_in: this.refreshTtl,
      user,
    };
  }
}
