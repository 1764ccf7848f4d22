import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { splitSqlStatements } from './sql-statements.js';

/**
 * Rule (docs/scaling-out.md#no-volatile-functions-in-update-or-delete): no SQL text the app can send calls a VOLATILE
 * function in an UPDATE, a DELETE or an INSERT … ON CONFLICT DO UPDATE. Citus refuses them on distributed tables
 * ("functions used in UPDATE queries on distributed tables must not be VOLATILE"): every PATCH and refresh was a 500.
 * A small explicit list is enough; each entry says what to write instead.
 */
const TIME = 'use statement_timestamp() (the time the statement started; now() is fine too)';
const RANDOM = 'generate the value in the app (crypto.randomUUID(), crypto.randomInt) and pass it as a parameter ($n)';
const SEQUENCE = 'take the value in an INSERT (a column DEFAULT) or a SELECT first, and pass it as a parameter ($n)';
const FORBIDDEN: Record<string, string> = {
  clock_timestamp: TIME,
  timeofday: TIME,
  random: RANDOM,
  random_normal: RANDOM,
  gen_random_uuid: RANDOM,
  uuidv4: RANDOM,
  uuidv7: RANDOM,
  uuid_generate_v1: RANDOM,
  uuid_generate_v4: RANDOM,
  nextval: SEQUENCE,
  setval: SEQUENCE,
};
const CALL = new RegExp(`\\b(${Object.keys(FORBIDDEN).join('|')})\\s*\\(`, 'gi');
// UPDATE as a command (also `ON CONFLICT DO UPDATE`), not `FOR [NO KEY] UPDATE` locks or `ON UPDATE` actions.
const WRITE = /(?<!\b(?:FOR|KEY|ON)\s+)\bUPDATE\b|\bDELETE\s+FROM\b/i;
const STATEMENT = /^\s*\(?\s*(SELECT|INSERT|UPDATE|DELETE|WITH|VALUES|DO|CREATE|ALTER|DROP|COMMENT|GRANT|REVOKE)\b/i;
// Column DEFAULTs run in INSERTs, and function bodies on the shard that holds the table: DDL is left out.
const DDL = /^(CREATE|ALTER|DROP|COMMENT|GRANT|REVOKE)$/i;

export interface SqlText {
  where: string;
  text: string;
}

/** One line per forbidden call in `sql`, saying where it is and what to write instead; empty when the text is fine. */
export function volatileWriteProblems({ where, text }: SqlText): string[] {
  const calls = [...text.matchAll(CALL)].map((m) => m[1].toLowerCase());
  if (calls.length === 0) return [];
  const keyword = STATEMENT.exec(text)?.[1];
  if (keyword && DDL.test(keyword)) return [];
  if (keyword && !WRITE.test(text)) return [];
  const what = keyword ? 'an UPDATE/DELETE' : 'a SQL fragment (it can end up in an UPDATE or DELETE)';
  return [...new Set(calls)].map(
    (fn) =>
      `${where}: ${what} calls ${fn}(), a VOLATILE function that Citus refuses in UPDATE/DELETE on distributed ` +
      `tables. Instead, ${FORBIDDEN[fn]}. See docs/scaling-out.md#no-volatile-functions-in-update-or-delete.`,
  );
}

function filesUnder(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, suffix);
    return path.endsWith(suffix) ? [path] : [];
  });
}

/** Every string literal and template (`${…}` read as a parameter) in a TypeScript file. */
export function tsStrings(file: string, source: string): SqlText[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: SqlText[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node))
      text = node.head.text + node.templateSpans.map((s) => `$0${s.literal.text}`).join('');
    if (text !== undefined) {
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      out.push({ where: `${file}:${line}`, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The generator's templates with their `<%= … %>` placeholders replaced by a plain name. */
const untemplate = (source: string) => source.replace(/<%=?[^%]*%>/g, 'generated');

async function everySqlText(root: string): Promise<SqlText[]> {
  const rel = (path: string) => relative(root, path);
  const tsFiles = [
    ...['src', 'scripts'].flatMap((d) => filesUnder(join(root, d), '.ts')).filter((f) => !f.endsWith('.spec.ts')),
    ...filesUnder(join(root, 'schematics'), '.ts.template'),
  ];
  const sqlFiles = [
    ...filesUnder(join(root, 'migrations'), '.sql'),
    ...filesUnder(join(root, 'schematics'), '.sql.template'),
  ];
  const texts = tsFiles.flatMap((f) => tsStrings(rel(f), untemplate(readFileSync(f, 'utf8'))));
  for (const f of sqlFiles) {
    const statements = splitSqlStatements(untemplate(readFileSync(f, 'utf8')), rel(f));
    texts.push(...statements.map((text, i) => ({ where: `${rel(f)} statement ${i + 1}`, text })));
  }
  return texts;
}

describe('no volatile function in an UPDATE or DELETE the app can send', () => {
  it('holds for every SQL text in src/, scripts/, migrations/ and the generator templates', async () => {
    const texts = await everySqlText(process.cwd());
    // The scan saw the app's SQL: the CRUD base's UPDATE and the tenant migrations are among the texts.
    expect(texts.some((t) => t.where.startsWith('src/platform/tenancy/crud/') && /^\s*UPDATE/.test(t.text))).toBe(true);
    expect(texts.some((t) => t.where.startsWith('migrations/tenant/'))).toBe(true);
    expect(texts.flatMap(volatileWriteProblems)).toEqual([]);
  });

  describe('the check', () => {
    const problems = (text: string) => volatileWriteProblems({ where: 'x.ts:1', text });

    it('flags a volatile call in an UPDATE and says what to write instead', () => {
      expect(problems("UPDATE t SET at = date_trunc('milliseconds', clock_timestamp()) WHERE id = $1")).toEqual([
        'x.ts:1: an UPDATE/DELETE calls clock_timestamp(), a VOLATILE function that Citus refuses in UPDATE/DELETE on ' +
          'distributed tables. Instead, use statement_timestamp() (the time the statement started; now() is fine too). ' +
          'See docs/scaling-out.md#no-volatile-functions-in-update-or-delete.',
      ]);
    });

    it('flags DELETE, ON CONFLICT DO UPDATE, CTEs and calls in any letter case', () => {
      expect(problems('DELETE FROM t WHERE expires_at < CLOCK_TIMESTAMP ()')).toHaveLength(1);
      expect(
        problems('INSERT INTO t (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET token = gen_random_uuid()'),
      ).toHaveLength(1);
      expect(problems('WITH x AS (UPDATE t SET n = nextval($1) RETURNING id) SELECT * FROM x')).toHaveLength(1);
      expect(problems('UPDATE t SET a = random(), b = timeofday()')).toHaveLength(2);
    });

    it('flags a fragment that could be put into an UPDATE', () => {
      expect(problems("date_trunc('milliseconds', clock_timestamp())")[0]).toContain('a SQL fragment');
    });

    it('leaves INSERTs, SELECTs, row locks, DDL and stable functions alone', () => {
      expect(problems('INSERT INTO t (id, at) VALUES (gen_random_uuid(), clock_timestamp())')).toEqual([]);
      expect(problems('SELECT id FROM t WHERE expires_at > clock_timestamp() FOR UPDATE')).toEqual([]);
      expect(
        problems('CREATE TABLE t (id uuid DEFAULT gen_random_uuid(), r uuid REFERENCES u ON DELETE SET NULL)'),
      ).toEqual([]);
      expect(problems('UPDATE t SET at = statement_timestamp(), b = now() WHERE id = $1')).toEqual([]);
    });

    it('reads template literals with their placeholders and reports the line', () => {
      const source = 'const a = 1;\nconst sql = `UPDATE ${table}\n SET at = clock_timestamp()`;\n';
      const [text] = tsStrings('f.ts', source);
      expect(text).toEqual({ where: 'f.ts:2', text: 'UPDATE $0\n SET at = clock_timestamp()' });
      expect(volatileWriteProblems(text)).toHaveLength(1);
    });
  });
});
