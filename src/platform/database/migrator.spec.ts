import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isBehind, loadMigrations, mapBounded } from './migrator.js';

describe('loadMigrations', () => {
  it('orders files by number, ignores other files and checksums the text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mig-'));
    mkdirSync(join(dir, 'tenant'));
    writeFileSync(join(dir, 'tenant', '10_later.sql'), 'SELECT 10;');
    writeFileSync(join(dir, 'tenant', '2_first.sql'), 'SELECT 2;');
    writeFileSync(join(dir, 'tenant', 'README.md'), 'not a migration');
    const migrations = loadMigrations(dir, 'tenant');
    expect(migrations.map((m) => m.version)).toEqual(['2', '10']);
    expect(migrations[0].checksum).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('mapBounded', () => {
  it('never runs more than the given number of tasks at once', async () => {
    let running = 0;
    let peak = 0;
    await mapBounded(
      Array.from({ length: 20 }, (_, i) => i),
      3,
      async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 2));
        running -= 1;
      },
    );
    expect(peak).toBe(3);
  });

  it('rejects with the first failure', async () => {
    await expect(
      mapBounded([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('two failed');
      }),
    ).rejects.toThrow('two failed');
  });
});

describe('isBehind', () => {
  it('compares versions as numbers and treats an unknown version as behind', () => {
    expect(isBehind('002', '002')).toBe(false);
    expect(isBehind('001', '002')).toBe(true);
    expect(isBehind('10', '9')).toBe(false);
    expect(isBehind('900', '002')).toBe(false);
    expect(isBehind(null, '001')).toBe(true);
    expect(isBehind(null, null)).toBe(false);
  });
});
