import { Injectable } from '@nestjs/common';
import type { Queryable } from '../database/database.service.js';

export interface RefreshTokenRow {
  id: string;
  user_id: string;
  family_id: string;
  expired: boolean;
  revoked: boolean;
  /** Revoked because it was exchanged for a successor (not because its session was ended). */
  rotated: boolean;
  /** Rotated (not revoked) less than the grace window ago: a concurrent refresh may still present it. */
  in_grace: boolean;
}

/** Whose sessions to end: one family (one sign-in and its rotations) or every family of a user. */
export type SessionTarget = { family_id: string } | { user_id: string };

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

  /**
   * Locks the row so two concurrent refreshes with one token cannot both rotate it; the loser reads the row as
   * the winner committed it. Times are compared on the database's clock, the one that wrote them.
   */
  async findForUpdate(tx: Queryable, tokenHash: string, graceSeconds: number): Promise<RefreshTokenRow | undefined> {
    const { rows } = await tx.query<RefreshTokenRow>(
      `SELECT id, user_id, family_id,
              expires_at <= clock_timestamp() AS expired,
              revoked_at IS NOT NULL AS revoked,
              replaced_by IS NOT NULL AS rotated,
              coalesce(replaced_by IS NOT NULL AND revoked_at > clock_timestamp() - make_interval(secs => $2), false)
                AS in_grace
       FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash, graceSeconds],
    );
    return rows[0];
  }

  async findFamily(tx: Queryable, tokenHash: string): Promise<string | undefined> {
    const { rows } = await tx.query<{ family_id: string }>(
      `SELECT family_id FROM refresh_tokens WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0]?.family_id;
  }

  /** A family is live while one of its tokens is neither revoked nor expired (logout and reuse revoke them all). */
  async isFamilyLive(tx: Queryable, familyId: string): Promise<boolean> {
    const { rows } = await tx.query<{ live: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM refresh_tokens
                      WHERE family_id = $1 AND revoked_at IS NULL AND expires_at > clock_timestamp()) AS live`,
      [familyId],
    );
    return rows[0].live;
  }

  async markRotated(tx: Queryable, id: string, replacedBy: string): Promise<void> {
    await tx.query(`UPDATE refresh_tokens SET revoked_at = statement_timestamp(), replaced_by = $2 WHERE id = $1`, [
      id,
      replacedBy,
    ]);
  }

  /** Revokes every live token of the target; returns the families that had one. */
  async revoke(tx: Queryable, target: SessionTarget): Promise<string[]> {
    const [column, value] = 'family_id' in target ? ['family_id', target.family_id] : ['user_id', target.user_id];
    const { rows } = await tx.query<{ family_id: string }>(
      `UPDATE refresh_tokens SET revoked_at = statement_timestamp()
       WHERE ${column} = $1 AND revoked_at IS NULL
       RETURNING family_id`,
      [value],
    );
    return [...new Set(rows.map((r) => r.family_id))];
  }
}
