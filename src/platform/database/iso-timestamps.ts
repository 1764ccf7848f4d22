import pg, { type CustomTypesConfig } from 'pg';

const TIMESTAMPTZ_OID = 1184;

// PostgreSQL's text output of a timestamptz in a UTC session (DateStyle ISO): `2026-12-05 22:31:00.123456+00`.
const UTC_TEXT = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?\+00$/;

const parseDate = pg.types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (text: string) => unknown;

/**
 * A timestamptz as the JSON the API has always shown for it, `Date#toISOString()` of the parsed value
 * (`2026-12-05T22:31:00.123Z`, milliseconds truncated), built from the text without a Date when the session is in
 * UTC. Other offsets, years past 9999, BC dates and infinity take the Date path, so the result is the same string
 * (or, for infinity, the same null) either way.
 */
export function isoTimestamp(text: string): string | null {
  const utc = UTC_TEXT.exec(text);
  if (utc) return `${utc[1]}T${utc[2]}.${(utc[3] ?? '').padEnd(3, '0').slice(0, 3)}Z`;
  const parsed = parseDate(text);
  return parsed instanceof Date && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : null;
}

/**
 * pg `types` for statements whose rows go straight into responses: timestamptz columns arrive as ISO strings.
 * Parsing each into a Date only for JSON.stringify to print it again cost a response four times the stringify time
 * (Date#toJSON takes V8 off its fast path) plus the parse (docs/performance.md).
 */
export const ISO_TIMESTAMPS: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ_OID && format !== 'binary'
      ? isoTimestamp
      : pg.types.getTypeParser(oid, format ?? 'text')) as CustomTypesConfig['getTypeParser'],
};
