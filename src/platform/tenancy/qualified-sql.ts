/**
 * Checks that every table a statement names after FROM, JOIN, INTO, UPDATE or USING is written as
 * `"<schema>".<table>` for the given schema, or is a subquery. A statement run by `queryQualified` has no
 * tenant search_path, so an unqualified name would resolve in the shared schema (`public.schema_migrations`
 * exists there): this check refuses it before it reaches the database.
 *
 * A deliberately small scanner, not a SQL parser: it skips string literals, quoted identifiers and comments,
 * accepts the statement's own CTEs and set-returning functions (`FROM jsonb_each(…)`), and knows the few places
 * where FROM or UPDATE is not followed by a table (EXTRACT(x FROM y), IS DISTINCT FROM, FOR UPDATE, DO UPDATE SET). Anything it cannot read as qualified is refused, which fails loudly in
 * tests rather than silently reading the wrong schema.
 */
export class UnqualifiedTableError extends Error {}

const TABLE_KEYWORDS = new Set(['from', 'join', 'into', 'update', 'using']);
/** Functions whose arguments use FROM as a separator: `extract(epoch FROM x)`, `substring(s FROM 2)`. */
const FROM_FUNCTIONS = new Set(['extract', 'substring', 'trim', 'overlay', 'position', 'substr']);
/** A keyword after one of these is not a table reference (`IS DISTINCT FROM`, `FOR UPDATE`, `DO UPDATE SET`). */
const NOT_A_TABLE_AFTER = new Set(['distinct', 'for', 'do', 'key']);

type Token = { kind: 'word' | 'quoted' | 'punct'; text: string };

function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (/\s/.test(c)) i++;
    else if (c === '-' && sql[i + 1] === '-') i = sql.indexOf('\n', i) === -1 ? sql.length : sql.indexOf('\n', i);
    else if (c === '/' && sql[i + 1] === '*') i = sql.indexOf('*/', i) === -1 ? sql.length : sql.indexOf('*/', i) + 2;
    else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < sql.length && !(sql[j] === c && sql[j + 1] !== c)) j += sql[j] === c ? 2 : 1;
      if (c === '"') tokens.push({ kind: 'quoted', text: sql.slice(i, j + 1) });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(sql.slice(i))![0];
      tokens.push({ kind: 'word', text: word.toLowerCase() });
      i += word.length;
    } else {
      tokens.push({ kind: 'punct', text: c });
      i++;
    }
  }
  return tokens;
}

/** Names the statement defines with `WITH name AS (` or `, name AS (`: common table expressions, not tables. */
function cteNames(tokens: Token[]): Set<string> {
  const names = new Set<string>();
  tokens.forEach((t, i) => {
    const before = tokens[i - 1]?.text;
    if ((before === 'with' || before === ',') && tokens[i + 1]?.text === 'as') {
      const open = ['not', 'materialized'].includes(tokens[i + 2]?.text ?? '') ? tokens[i + 3] : tokens[i + 2];
      if (open?.text === '(' || tokens[i + 3]?.text === '(' || tokens[i + 4]?.text === '(') names.add(t.text);
    }
  });
  return names;
}

/** Throws UnqualifiedTableError naming the first table reference that is not in `quotedSchema`. */
export function assertQualified(sql: string, quotedSchema: string): void {
  const tokens = tokenize(sql);
  const ctes = cteNames(tokens);
  const parens: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === '(') parens.push(tokens[i - 1]?.kind === 'word' ? tokens[i - 1].text : '');
    else if (t.text === ')') parens.pop();
    if (t.kind !== 'word' || !TABLE_KEYWORDS.has(t.text)) continue;
    if (t.text === 'from' && FROM_FUNCTIONS.has(parens[parens.length - 1] ?? '')) continue;
    if (NOT_A_TABLE_AFTER.has(tokens[i - 1]?.text ?? '')) continue;
    let j = i + 1;
    if (['lateral', 'only'].includes(tokens[j]?.text ?? '')) j++;
    const next = tokens[j];
    if (t.text === 'update' && next?.text === 'set') continue;
    // A subquery, a set-returning function (`jsonb_each(…)`), or a CTE of this statement.
    const isCall = next?.kind === 'word' && tokens[j + 1]?.text === '(' && !['into', 'update'].includes(t.text);
    if (next?.text === '(' || isCall) continue;
    if (next?.kind === 'word' && ctes.has(next.text)) continue;
    if (next?.text === quotedSchema && tokens[j + 1]?.text === '.') continue;
    throw new UnqualifiedTableError(
      `queryQualified: "${next?.text ?? ''}" after ${t.text.toUpperCase()} is not a table of this tenant; ` +
        `write it with table() or use query()`,
    );
  }
}
