import { splitSqlStatements, SqlScriptError } from './sql-statements.js';

describe('splitSqlStatements', () => {
  it('splits on top-level semicolons and drops empty statements', async () => {
    expect(await splitSqlStatements('SELECT 1;\n\n  SELECT 2 ;;\nSELECT 3')).toEqual([
      'SELECT 1',
      'SELECT 2',
      'SELECT 3',
    ]);
  });

  it('returns nothing for a script of comments and whitespace', async () => {
    expect(await splitSqlStatements('-- only a comment;\n/* and ; another */\n')).toEqual([]);
  });

  it('ignores semicolons in line comments and nested block comments', async () => {
    const sql = '-- a; b\nSELECT 1 /* x; /* nested; */ still; */ + 1;\nSELECT 2; -- trailing; comment';
    expect(await splitSqlStatements(sql)).toEqual(['SELECT 1 /* x; /* nested; */ still; */ + 1', 'SELECT 2']);
  });

  it('ignores semicolons in quoted strings, doubled quotes and quoted identifiers', async () => {
    const sql = `CREATE TABLE "odd;name" (x text DEFAULT 'it''s; fine');\nSELECT ';' AS "a;b"`;
    expect(await splitSqlStatements(sql)).toEqual([
      `CREATE TABLE "odd;name" (x text DEFAULT 'it''s; fine')`,
      `SELECT ';' AS "a;b"`,
    ]);
  });

  it("reads E'' strings with backslash escapes, including an escaped quote", async () => {
    const sql = `SELECT E'back\\\\slash; and \\'quote; still inside';\nSELECT 'plain\\';`;
    expect(await splitSqlStatements(sql)).toEqual([
      `SELECT E'back\\\\slash; and \\'quote; still inside'`,
      // A standard string keeps its backslash and ends at the next quote.
      `SELECT 'plain\\'`,
    ]);
  });

  it('keeps dollar-quoted bodies whole, with $$ and tagged $fn$ quotes', async () => {
    const fn = `CREATE FUNCTION audit_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'append-only; use $$ freely';
END
$fn$`;
    const block = `DO $$ BEGIN PERFORM 1; PERFORM 2; END $$`;
    expect(await splitSqlStatements(`${fn};\n${block};\nSELECT 3;`)).toEqual([fn, block, 'SELECT 3']);
  });

  it('keeps a BEGIN ATOMIC function body whole', async () => {
    const fn = 'CREATE FUNCTION two() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END';
    expect(await splitSqlStatements(`${fn};\nSELECT 3;`)).toEqual([fn, 'SELECT 3']);
  });

  it('slices by character even after multi-byte text', async () => {
    const sql = "-- naïve café;\nINSERT INTO t VALUES ('ünïcødé; ✓');\nCREATE INDEX ON t (x);";
    expect(await splitSqlStatements(sql)).toEqual(["INSERT INTO t VALUES ('ünïcødé; ✓')", 'CREATE INDEX ON t (x)']);
  });

  it('splits a migration that mixes ALTER TABLE and CREATE INDEX (the case Citus refused as one query)', async () => {
    const sql =
      'ALTER TABLE contacts ADD COLUMN nickname text;\nCREATE INDEX contacts_nickname_idx ON contacts (nickname);\n';
    expect(await splitSqlStatements(sql)).toHaveLength(2);
  });

  it('rejects a script the parser cannot read, naming the line', async () => {
    const err = await splitSqlStatements('SELECT 1;\nSELEC 2;', '007_typo.sql').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SqlScriptError);
    expect((err as Error).message).toBe('007_typo.sql: syntax error at or near "SELEC" at line 2');
  });

  it('rejects an unterminated dollar quote instead of guessing', async () => {
    await expect(splitSqlStatements('DO $$ BEGIN PERFORM 1; END;')).rejects.toThrow(SqlScriptError);
  });
});
