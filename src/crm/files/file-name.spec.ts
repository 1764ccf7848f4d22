import { contentDisposition, sanitizeFileName } from './file-name.js';

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\x\\report.pdf', 'report.pdf'],
    ['..', 'file'],
    ['', 'file'],
    [undefined, 'file'],
    ['a\u0000b\r\nc.txt', 'abc.txt'],
    ['evil\u202Efdp.exe', 'evilfdp.exe'],
    ['  spaced.txt  ', 'spaced.txt'],
    ['e\u0301.txt', 'é.txt'],
  ])('%j → %j', (raw, name) => {
    expect(sanitizeFileName(raw)).toBe(name);
  });

  it('keeps at most 255 characters', () => {
    expect([...sanitizeFileName('é'.repeat(300))]).toHaveLength(255);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact name percent-encoded (RFC 6266 / 8187)', () => {
    expect(contentDisposition(`naïve "q" 100%'s (1).pdf`)).toBe(
      `attachment; filename="na_ve _q_ 100_'s (1).pdf"; filename*=UTF-8''na%C3%AFve%20%22q%22%20100%25%27s%20%281%29.pdf`,
    );
  });
});
