import pg from 'pg';
import { isoTimestamp } from './iso-timestamps.js';

const viaDate = (text: string): string | null => {
  const parsed = pg.types.getTypeParser(1184, 'text')(text) as unknown;
  return parsed instanceof Date && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : null;
};

describe('isoTimestamp', () => {
  it.each([
    '2026-12-05 22:31:00+00',
    '2026-12-05 22:31:00.1+00',
    '2026-12-05 22:31:00.12+00',
    '2026-12-05 22:31:00.123+00',
    '2026-12-05 22:31:00.1239+00',
    '2026-12-05 22:31:00.999999+00',
    '2026-12-05 22:31:00.000001+00',
    '0001-01-01 00:00:00+00',
    '9999-12-31 23:59:59.999+00',
    '2026-12-05 23:31:00.5+01',
    '2026-12-05 17:01:00.25-05:30',
    '2026-12-05 22:31:00+00:00:12',
    '10000-01-01 00:00:00+00',
    '0044-03-15 12:00:00+00 BC',
  ])('gives what Date#toISOString gave for %s', (text) => {
    expect(isoTimestamp(text)).toBe(viaDate(text));
  });

  it('takes the text path in a UTC session', () => {
    expect(isoTimestamp('2026-12-05 22:31:00.1239+00')).toBe('2026-12-05T22:31:00.123Z');
    expect(isoTimestamp('2026-12-05 22:31:00+00')).toBe('2026-12-05T22:31:00.000Z');
  });

  it('gives null for infinity, as JSON.stringify did for the parsed value', () => {
    expect(isoTimestamp('infinity')).toBeNull();
    expect(JSON.stringify({ at: pg.types.getTypeParser(1184, 'text')('infinity') })).toBe('{"at":null}');
  });
});
