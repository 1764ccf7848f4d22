import { exceedsJsonDepth } from './json-body.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('exceedsJsonDepth', () => {
  it('accepts bodies up to the limit and refuses one level more', () => {
    expect(exceedsJsonDepth(bytes(nested(32)))).toBe(false);
    expect(exceedsJsonDepth(bytes(`{"a":${nested(31)}}`))).toBe(false);
    expect(exceedsJsonDepth(bytes(`{"a":${nested(32)}}`))).toBe(true);
  });

  it('ignores brackets, quotes and escapes inside strings', () => {
    const inString = JSON.stringify({ a: `${'['.repeat(100)}\\"{{{\u00e9\u{1f600}` });
    expect(exceedsJsonDepth(bytes(inString), 2)).toBe(false);
    expect(exceedsJsonDepth(bytes('{"a":"\\\\","b":[[[]]]}'), 3)).toBe(true);
  });

  it('stops at the first level too deep', () => {
    const deep = bytes(`{"z":${nested(450_000)}}`);
    const started = process.hrtime.bigint();
    expect(exceedsJsonDepth(deep)).toBe(true);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(50);
  });
});
