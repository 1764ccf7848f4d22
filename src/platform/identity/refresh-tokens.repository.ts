import { Injectable } from '@nestjs/common';
import type { Queryable } from '../database/database.service.js';

export interface RefreshTokenRow {
  id: string;
  user_id: string;
  family_id: string;
  expires_at: Date;
  revoked_at: Date | null;
}

/** Refresh tokens of the current tenant; every call runs inside the caller's tenant transaction. */
@Injectable()
export class RefreshTokensRepository {
  async insert(
    tx: Queryable,
    token: { user_id: string; family_id: string; token_hash: string; ttl_seconds: number },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
       VALUES ($1, $2, $3, clock_timestamp() + make_interval(secs => $4))
       RETURNING id`,
      [token.user_id, token.family_id, token.token_hash, token.ttl_seconds],
    );
    return rows[0].id;
  }

  /** Locks the row so two concurrent refreshes with one token cannot both rotate it. */
  async findForUpdate(tx: Queryable, tokenHash: string): Promise<RefreshTokenRow | undefined> {
    const { rows } = await tx.query<RefreshTokenRow>(
      `SELECT id, user_id, family_id, expires_at, revoked_at FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );
    return rows[0];
  }

  async markRotated(tx: Queryable, id: string, replacedBy: string): Promise<void> {
    await tx.query(`UPDATE refresh_tokens SET revoked_at = clock_timestamp(), replaced_by = $2 WHERE id = $1`, [
      id,
      replacedBy,
    ]);
  }

  async revokeFamily(tx: Queryable, familyId: string): Promise<void> {
    await tx.query(
      `UPDATE refresh_tokens SET revoked_at = clock_timestamp() WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId],
    );
  }
}
