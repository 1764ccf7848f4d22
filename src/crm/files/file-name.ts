/** Longest name kept, in characters (most file systems allow 255 bytes; the name is metadata only anyway). */
const MAX_NAME = 255;
/** Bidirectional marks and overrides: they make `evil\u202Efdp.exe` display as `evilexe.pdf`. */
const HIDDEN = new Set([
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
]);
/** C0 and C1 control characters and DEL. */
const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f);

/**
 * The client's file name as metadata: its last path segment (`../../etc/passwd` → `passwd`, `C:\x\a.pdf` → `a.pdf`),
 * NFC, without control or bidirectional-override characters, at most 255 characters; `file` when nothing is left.
 * It never becomes a path: blobs are named by id.
 */
export function sanitizeFileName(raw: string | undefined): string {
  const segment = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = [...segment.normalize('NFC')]
    .filter((c) => !HIDDEN.has(c) && !isControl(c.codePointAt(0) ?? 0))
    .join('')
    .trim();
  const name = [...cleaned].slice(0, MAX_NAME).join('');
  return name === '' || name === '.' || name === '..' ? 'file' : name;
}

/** RFC 8187 value characters: everything else is percent-encoded. */
const encodeRfc8187 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>` (RFC 6266): the browser saves the
 * file under its name instead of showing it, and no character of the name can break out of the header.
 */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc8187(name)}`;
}
