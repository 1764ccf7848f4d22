import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Env } from '../config/env.validation.js';
import type { Queryable } from '../database/database.service.js';
import { TenantConnection } from '../tenancy/tenant-connection.js';
import type { User } from './user.entity.js';
import { AuthAudit } from './auth-audit.js';
import { AuthUsersRepository } from './auth-users.repository.js';
import { PasswordHasher } from './password-hasher.js';
import { RefreshTokensRepository, type RefreshTokenRow } from './refresh-tokens.repository.js';
import { SessionsService } from './sessions.service.js';

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
const REUSED_REFRESH = 'Refresh token was already used; all sessions of this login are revoked';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

type RefreshOutcome = { user: User; family: string; spentId?: string } | { failed: string };

@Injectable()
export class AuthService {
  private readonly accessTtl: number;
  private readonly refreshTtl: number;
  private readonly graceSeconds: number;

  constructor(
    private readonly jwt: JwtService,
    private readonly db: TenantConnection,
    private readonly users: AuthUsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuthAudit,
    config: ConfigService<Env, true>,
  ) {
    this.accessTtl = config.get('JWT_ACCESS_TTL_SECONDS', { infer: true });
    this.refreshTtl = config.get('JWT_REFRESH_TTL_SECONDS', { infer: true });
    this.graceSeconds = config.get('JWT_REFRESH_GRACE_SECONDS', { infer: true });
  }

  /** An unknown email and a wrong password get the same answer after the same argon2 work. */
  async login(email: string, password: string): Promise<TokenResponse> {
    const found = await this.users.findByEmailWithHash(email);
    const valid = found
      ? await this.hasher.verify(found.password_hash, password)
      : await this.hasher.verifyNothing(password);
    if (!found || !valid) {
      await this.audit.signInFailed(email, found?.id);
      throw new UnauthorizedException(INVALID_LOGIN);
    }
    const { password_hash: _hash, ...user } = found;
    return this.db.transaction(async (tx) => {
      await this.audit.signedIn(tx, user);
      return this.issue(tx, user, randomUUID());
    });
  }

  /**
   * Rotates a refresh token: the presented one is spent and a new one of the same family is returned.
   * Presenting a spent token again means it leaked and revokes the whole family, unless it was rotated less than
   * JWT_REFRESH_GRACE_SECONDS ago while its family is still live: that is two refreshes racing (two tabs, a retry),
   * and the late one gets a new pair of the same family, so the pair the first one received keeps working.
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

  /**
   * Ends the session of the presented refresh token (its whole family). Like OAuth token revocation (RFC 7009), an
   * unknown, expired or already revoked token is not an error: the client's goal, that it no longer works, holds.
   */
  async logout(token: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const family = await this.refreshTokens.findFamily(tx, hashToken(token));
      if (family) await this.sessions.revoke(tx, { family_id: family });
    });
  }

  private async spend(tx: Queryable, tokenHash: string): Promise<RefreshOutcome> {
    const row = await this.refreshTokens.findForUpdate(tx, tokenHash, this.graceSeconds);
    if (!row) return { failed: INVALID_REFRESH };
    if (row.revoked) return this.spendAgain(tx, row);
    if (row.expired) return { failed: INVALID_REFRESH };
    return this.forUser(tx, row, row.id);
  }

  /** A token that was already rotated or revoked: a benign race inside the grace window, otherwise a replay. */
  private async spendAgain(tx: Queryable, row: RefreshTokenRow): Promise<RefreshOutcome> {
    // Its session was ended (logout, new password or role, revoke-sessions): nothing was replayed.
    if (!row.rotated) return { failed: INVALID_REFRESH };
    if (row.in_grace && !row.expired && (await this.refreshTokens.isFamilyLive(tx, row.family_id))) {
      return this.forUser(tx, row);
    }
    await this.sessions.revoke(tx, { family_id: row.family_id });
    await this.audit.refreshTokenReused(tx, row);
    return { failed: REUSED_REFRESH };
  }

  private async forUser(tx: Queryable, row: RefreshTokenRow, spentId?: string): Promise<RefreshOutcome> {
    const user = await this.users.findByIdIn(tx, row.user_id);
    if (!user) return { failed: INVALID_REFRESH };
    return { user, family: row.family_id, spentId };
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
