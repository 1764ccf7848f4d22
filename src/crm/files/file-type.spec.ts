import { detectFileType } from './file-type.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('detectFileType', () => {
  it.each([
    [bytes('%PDF-1.7 ...'), 'application/pdf', 'application/pdf'],
    [PNG, 'image/png', 'image/png'],
    [bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'image/jpg', 'image/jpeg'],
    [bytes('GIF89a...'), 'image/gif', 'image/gif'],
    [bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'image/webp', 'image/webp'],
    [bytes([0x50, 0x4b, 0x03, 0x04], '[Content_Types].xml'), DOCX, DOCX],
    [bytes('name,email\nAda,ada@example.com\n'), 'text/csv', 'text/csv'],
    [Buffer.from('Grüße, 你好\n'), 'Text/Plain; charset=utf-8', 'text/plain'],
  ])('accepts %#: declared %s, stored as %s', (head, declared, stored) => {
    expect(detectFileType(head, declared)).toBe(stored);
  });

  it('lets the content decide when the client sends a generic type', () => {
    expect(detectFileType(PNG, 'application/octet-stream')).toBe('image/png');
    expect(detectFileType(Buffer.from('hello'), undefined)).toBe('text/plain');
  });

  it('accepts text whose last character is cut at the end of the sample', () => {
    expect(detectFileType(Buffer.from('abc é').subarray(0, 5), 'text/plain')).toBe('text/plain');
  });

  it.each([
    [PNG, 'application/pdf', 'File content is image/png, but it was sent as application/pdf'],
    [bytes('MZ', [0x90, 0, 3, 0]), 'application/octet-stream', /^File type is not allowed/],
    [bytes([0x7f], 'ELF', [2, 1, 1]), 'application/octet-stream', /^File type is not allowed/],
    [bytes([0x50, 0x4b, 0x03, 0x04]), 'application/zip', /^ZIP content is only accepted/],
    [bytes('<svg onload=alert(1)>'), 'image/svg+xml', 'File content is text, but it was sent as image/svg+xml'],
    [bytes('text', [0], 'more'), 'text/plain', /^File type is not allowed/],
    [bytes([0xc3, 0x28]), 'text/plain', /^File type is not allowed/],
  ])('refuses %#: declared %s', (head, declared, message) => {
    expect(() => detectFileType(head, declared)).toThrow(message);
  });
});
