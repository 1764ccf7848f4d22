import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModule, parseSync } from 'libpg-query';
import { splitSqlStatements, SqlScriptError } from './sql-statements.js';

/** The oracle: PostgreSQL's own parser (libpg-query) cuts the script at each statement's location and length. */
function parserSplit(sql: string): string[] {
  const bytes = Buffer.from(sql, 'utf8'); // locations are byte offsets; a length of 0 means "to the end"
  return (parseSync(sql).stmts ?? []).map(({ stmt_location: at = 0, stmt_len: len = 0 }) =>
    bytes.toString('utf8', at, len > 0 ? at + len : bytes.length).trim(),
  );
}

const CASES: Record<string, [string, string[]]> = {
  'top-level semicolons, empty statements': [
    'SELECT 1;\n\n  SELECT 2 ;;\nSELECT 3',
    ['SELECT 1', 'SELECT 2', 'SELECT 3'],
  ],
  'only comments': ['-- only a comment;\n/* and ; another */\n', []],
  'line and nested block comments': [
    '-- a; b\nSELECT 1 /* x; /* nested; */ still; */ + 1;\nSELECT 2; -- trailing; comment',
    ['SELECT 1 /* x; /* nested; */ still; */ + 1', 'SELECT 2'],
  ],
  'strings, doubled quotes, quoted identifiers': [
    `CREATE TABLE "odd;name" (x text DEFAULT 'it''s; fine', "q""; q" int);\nSELECT ';' AS "a;b"`,
    [`CREATE TABLE "odd;name" (x text DEFAULT 'it''s; fine', "q""; q" int)`, `SELECT ';' AS "a;b"`],
  ],
  "E'' strings with backslash escapes; a standard string keeps its backslash": [
    `SELECT E'back\\\\slash; and \\'quote; still inside', e'\\\\';\nSELECT 'plain\\';\nSELECT date'2026-01-01'`,
    [`SELECT E'back\\\\slash; and \\'quote; still inside', e'\\\\'`, `SELECT 'plain\\'`, `SELECT date'2026-01-01'`],
  ],
  '$$ and tagged $fn$ bodies, $1 parameters and $ in names': [
    `CREATE FUNCTION audit_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'append-only; use $$ freely';
END
$fn$;
DO $$ BEGIN PERFORM 1; PERFORM 2; END $$;
PREPARE p AS SELECT $1::int AS a$b;
SELECT 3;`,
    [
      `CREATE FUNCTION audit_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'append-only; use $$ freely';
END
$fn$`,
      'DO $$ BEGIN PERFORM 1; PERFORM 2; END $$',
      'PREPARE p AS SELECT $1::int AS a$b',
      'SELECT 3',
    ],
  ],
  'BEGIN ATOMIC bodies with CASE … END; a transaction BEGIN is a statement': [
    `CREATE OR REPLACE FUNCTION two(x int) RETURNS int LANGUAGE sql
BEGIN ATOMIC SELECT 1; SELECT CASE WHEN x > 0 THEN 2 ELSE 3 END; END;
BEGIN; SELECT 3; END;`,
    [
      `CREATE OR REPLACE FUNCTION two(x int) RETURNS int LANGUAGE sql
BEGIN ATOMIC SELECT 1; SELECT CASE WHEN x > 0 THEN 2 ELSE 3 END; END`,
      'BEGIN',
      'SELECT 3',
      'END',
    ],
  ],
  'semicolons in parentheses (CREATE RULE … DO ALSO (…; …))': [
    'CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b);\nSELECT 1',
    ['CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b)', 'SELECT 1'],
  ],
  'multi-byte text': [
    "-- naïve café;\nINSERT INTO t VALUES ('ünïcødé; ✓');\nCREATE INDEX ON t (x);",
    ["INSERT INTO t VALUES ('ünïcødé; ✓')", 'CREATE INDEX ON t (x)'],
  ],
  'ALTER TABLE + CREATE INDEX (the pair Citus refused as one query)': [
    'ALTER TABLE contacts ADD COLUMN nickname text;\nCREATE INDEX contacts_nickname_idx ON contacts (nickname);\n',
    ['ALTER TABLE contacts ADD COLUMN nickname text', 'CREATE INDEX contacts_nickname_idx ON contacts (nickname)'],
  ],
};

describe('splitSqlStatements', () => {
  beforeAll(() => loadModule());

  it.each(Object.entries(CASES))('splits %s', (_, [sql, expected]) => {
    expect(splitSqlStatements(sql)).toEqual(expected);
    // PostgreSQL's parser agrees, so the expectation is the server's reading and not this module's.
    expect(parserSplit(sql)).toEqual(expected);
  });

  it('agrees with PostgreSQL on every migration file and the generator template', () => {
    const files = ['migrations/public', 'migrations/tenant'].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.sql'))
        .map((f) => join(dir, f)),
    );
    const template = 'schematics/tenant-resource/files/migrations/__migration__.sql.template';
    const texts = [
      ...files.map((f) => readFileSync(f, 'utf8')),
      readFileSync(template, 'utf8').replace(/<%=[^%]*%>/g, 'generated'),
    ];
    expect(texts.length).toBeGreaterThan(2);
    for (const sql of texts) expect(splitSqlStatements(sql)).toEqual(parserSplit(sql));
  });

  it.each([
    ['quoted string', "SELECT 'open;\nSELECT 2;"],
    ['quoted identifier', 'SELECT "open;'],
    ['dollar-quoted string', 'DO $$ BEGIN PERFORM 1; END;'],
    ['comment', 'SELECT 1; /* open /* nested */'],
  ])('refuses a script that ends inside a %s, naming the file and line', (what, sql) => {
    const run = () => splitSqlStatements(`SELECT 0;\n${sql}`, '007_typo.sql');
    expect(run).toThrow(SqlScriptError);
    expect(run).toThrow(`007_typo.sql: unterminated ${what} starting at line 2`);
  });
});
