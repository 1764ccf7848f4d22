import { Injectable } from '@nestjs/common';
import type { Queryable } from '../database/database.service.js';
import { RefreshTokensRepository, type SessionTarget } from './refresh-tokens.repository.js';

/**
 * The one place sessions end: logout, a replayed refresh token, a password or role change, a deleted user and the
 * admin's revoke-sessions all come here, inside the transaction of the change that ends them. Other replicas hear of
 * it from the change channel: the refresh_tokens trigger (migrations/tenant/006) announces each revoked family.
 */
@Injectable()
export class SessionsService {
  constructor(private readonly refreshTokens: RefreshTokensRepository) {}

  /** Revokes the target's refresh-token families; returns the ids of the families that were live. */
  async revoke(tx: Queryable, target: SessionTarget): Promise<string[]> {
    return this.refreshTokens.revoke(tx, target);
  }
}
