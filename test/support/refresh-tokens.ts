import { createHash } from 'node:crypto';
import { escapeIdentifier } from 'pg';
import { tenantSchema } from '../../src/platform/database/tenant-schema.js';
import { withDatabase } from './app.js';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
const refreshTokens = (tenantId: string) => `${escapeIdentifier(tenantSchema(tenantId))}.refresh_tokens`;

/** Moves a token's rotation into the past, as if the refresh grace window had gone by (no sleeping in tests). */
export async function ageRotation(tenantId: string, token: string, seconds: number): Promise<void> {
  await withDatabase((db) =>
    db.query(
      `UPDATE ${refreshTokens(tenantId)} SET revoked_at = revoked_at - make_interval(secs => $2) WHERE token_hash = $1`,
      [sha256(token), seconds],
    ),
  );
}

/** The family ids of the given refresh tokens, as stored. */
export async function familiesOf(tenantId: string, tokens: string[]): Promise<string[]> {
  return withDatabase(async (db) => {
    const { rows } = await db.query<{ family_id: string }>(
      `SELECT family_id FROM ${refreshTokens(tenantId)} WHERE token_hash = ANY($1)`,
      [tokens.map(sha256)],
    );
    return rows.map((r) => r.family_id);
  });
}
