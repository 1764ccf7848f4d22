import { ChainVerifier, GENESIS_HASH, rowHash, TENANT_CHAIN_FIELDS, type ChainRow } from './audit-chain.js';

function chain(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i += 1) {
    const row: ChainRow = {
      seq: String(i),
      id: `00000000-0000-4000-8000-00000000000${i}`,
      created_at_us: String(1_700_000_000_000_000 + i),
      actor_type: 'user',
      actor_id: null,
      action: 'create',
      resource: 'contacts',
      resource_id: `r${i}`,
      changes: '{"name": {"new": "Zoë ✓"}}',
      details: null,
      reason: null,
      ip: '127.0.0.1',
      request_id: null,
      prev_hash: prev,
      hash: '',
    };
    row.hash = rowHash(row, TENANT_CHAIN_FIELDS);
    prev = row.hash;
    rows.push(row);
  }
  return rows;
}

function firstBreak(rows: ChainRow[]) {
  const verifier = new ChainVerifier(TENANT_CHAIN_FIELDS);
  for (const row of rows) {
    const broken = verifier.check(row);
    if (broken) return broken;
  }
  return undefined;
}

describe('audit hash chain', () => {
  it('accepts an intact chain', () => {
    expect(firstBreak(chain(5))).toBeUndefined();
  });

  it('names an edited row', () => {
    const rows = chain(5);
    rows[2].changes = '{"name": {"new": "Forged"}}';
    expect(firstBreak(rows)).toEqual({
      seq: '3',
      id: rows[2].id,
      problem: 'hash does not match the row content (the row was edited)',
    });
  });

  it('tells NULL from the text "-" and from an empty string', () => {
    const rows = chain(1);
    const withNull = rowHash(rows[0], TENANT_CHAIN_FIELDS);
    expect(rowHash({ ...rows[0], actor_id: '-' }, TENANT_CHAIN_FIELDS)).not.toBe(withNull);
    expect(rowHash({ ...rows[0], actor_id: '' }, TENANT_CHAIN_FIELDS)).not.toBe(withNull);
  });

  it('names the row after a deleted one as a gap', () => {
    const rows = chain(4);
    rows.splice(1, 1);
    expect(firstBreak(rows)).toEqual({
      seq: '3',
      id: rows[1].id,
      problem: 'expected seq 2: rows are missing before it',
    });
  });

  it('names a row whose prev_hash does not link to the previous row (a re-hashed insertion)', () => {
    const rows = chain(3);
    rows[1].prev_hash = 'f'.repeat(64);
    rows[1].hash = rowHash(rows[1], TENANT_CHAIN_FIELDS);
    expect(firstBreak(rows)).toEqual({ seq: '2', id: rows[1].id, problem: "prev_hash is not the previous row's hash" });
  });
});
