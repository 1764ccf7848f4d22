/**
 * Splits a SQL script into its statements the way psql does (its lexer, psqlscan.l, reduced to what splitting
 * needs): `--` and nested `/* *\/` comments, '' strings with doubled quotes, E'' strings with backslash escapes,
 * "" identifiers, $$ and $tag$ bodies, parentheses, and `BEGIN ATOMIC … END` bodies of CREATE FUNCTION/PROCEDURE.
 *
 * Why: a file sent as one multi-statement query fails on Citus when it holds CREATE INDEX ("cannot insert multiple
 * commands into a prepared statement"), so the migrator sends each statement on its own (docs/scaling-out.md).
 * Not a library: the one that reads SQL exactly as the server does (libpg-query, PostgreSQL's parser in WebAssembly)
 * costs ~35 MB and a compile per process; its output is the oracle of this module's tests instead.
 */
export class SqlScriptError extends Error {}

const IDENT_START = /[A-Za-z_\u0080-\uffff]/;
const IDENT_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;

/** `source` (a file name) prefixes the error message of a script that ends inside a quote or a comment. */
export function splitSqlStatements(sql: string, source?: string): string[] {
  const statements: string[] = [];
  let start = -1; // where the current statement's first token is; -1 before it
  let parens = 0;
  let begins = 0;
  let words: string[] = []; // the statement's first identifiers, lower-case, for the CREATE FUNCTION test
  const fail = (what: string, at: number): never => {
    const line = sql.slice(0, at).split('\n').length;
    throw new SqlScriptError(`${source ? `${source}: ` : ''}unterminated ${what} starting at line ${line}`);
  };
  const end = (at: number) => {
    if (start >= 0) statements.push(sql.slice(start, at).trim());
    start = -1;
    parens = 0;
    begins = 0;
    words = [];
  };

  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1];
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    if (c === '-' && next === '-') {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? sql.length : nl + 1;
      continue;
    }
    if (c === '/' && next === '*') {
      i = skipBlockComment(sql, i) ?? fail('comment', i);
      continue;
    }
    if (c === ';' && parens === 0 && begins === 0) {
      end(i);
      i += 1;
      continue;
    }
    if (start < 0) start = i;
    const tag =
      c === '$' && !IDENT_PART.test(sql[i - 1] ?? '') ? DOLLAR_TAG.exec(sql.slice(i, i + 64))?.[0] : undefined;
    if (c === "'") {
      const escapes = /[Ee]/.test(sql[i - 1] ?? '') && !IDENT_PART.test(sql[i - 2] ?? '');
      i = skipQuoted(sql, i, "'", escapes) ?? fail('quoted string', i);
    } else if (c === '"') {
      i = skipQuoted(sql, i, '"', false) ?? fail('quoted identifier', i);
    } else if (tag !== undefined) {
      const close = sql.indexOf(tag, i + tag.length);
      if (close < 0) fail('dollar-quoted string', i);
      i = close + tag.length;
    } else if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < sql.length && IDENT_PART.test(sql[j])) j += 1;
      const word = sql.slice(i, j).toLowerCase();
      if (words.length < 5) words.push(word);
      if (parens === 0 && isRoutineDefinition(words)) {
        if (word === 'begin') begins += 1;
        else if (word === 'case' && begins > 0) begins += 1;
        else if (word === 'end' && begins > 0) begins -= 1;
      }
      i = j;
    } else {
      if (c === '(') parens += 1;
      else if (c === ')' && parens > 0) parens -= 1;
      i += 1;
    }
  }
  end(sql.length);
  return statements;
}

/** CREATE [OR REPLACE] FUNCTION|PROCEDURE: only there can BEGIN … END hold semicolons (psqlscan.l's heuristic). */
function isRoutineDefinition(words: string[]): boolean {
  if (words[0] !== 'create') return false;
  const kind = words[1] === 'or' && words[2] === 'replace' ? words[3] : words[1];
  return kind === 'function' || kind === 'procedure';
}

/** Index after the comment that opens at `i` (comments nest), or undefined when it never closes. */
function skipBlockComment(sql: string, i: number): number | undefined {
  let depth = 0;
  while (i < sql.length) {
    if (sql.startsWith('/*', i)) {
      depth += 1;
      i += 2;
    } else if (sql.startsWith('*/', i)) {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else i += 1;
  }
  return undefined;
}

/** Index after the quoted text that opens at `i`: a doubled quote stays inside, and so does `\'` in an E'' string. */
function skipQuoted(sql: string, i: number, quote: string, escapes: boolean): number | undefined {
  i += 1;
  while (i < sql.length) {
    const c = sql[i];
    if (escapes && c === '\\') i += 2;
    else if (c === quote && sql[i + 1] === quote) i += 2;
    else if (c === quote) return i + 1;
    else i += 1;
  }
  return undefined;
}
