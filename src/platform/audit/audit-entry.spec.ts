import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SECRET_NAME, SECRET_NAME_SQL } from './audit-entry.js';

describe('the secret-name rule', () => {
  it('is the same in TypeScript, in SQL, and in the audit-changes functions of migration public/010', () => {
    expect(SECRET_NAME.source).toBe(SECRET_NAME_SQL);
    const migration = readFileSync(join(process.cwd(), 'migrations/public/010_audit_changes.sql'), 'utf8');
    expect(migration).toContain(`key ~* '${SECRET_NAME_SQL}'`);
  });
});
