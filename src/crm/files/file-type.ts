import { UnsupportedMediaTypeException } from '@nestjs/common';

/** Bytes the sniffer looks at: enough for every signature below and for a fair judgement of text. */
export const SNIFF_BYTES = 4096;

const OOXML = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
];
const TEXT = ['text/plain', 'text/csv'];
/** What a client sends when it does not know the type: the content decides. */
const GENERIC = ['', 'application/octet-stream'];
const ALIASES: Record<string, string> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg' };

export const ALLOWED_TYPES =
  'PDF, PNG, JPEG, GIF, WebP, plain text, CSV, and Word, Excel or PowerPoint (.docx, .xlsx, .pptx)';

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The binary type the first bytes prove, if they prove one of the allowed ones. */
function magic(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'application/zip';
  return undefined;
}

/** Tab, LF, FF, CR. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/** UTF-8 (a character cut at the end of the sample is fine) without NUL or other control characters but tab, CR, LF, FF. */
function isText(bytes: Uint8Array): boolean {
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return false;
  }
  for (let i = 0; i < decoded.length; i++) {
    const code = decoded.charCodeAt(i);
    if ((code < 0x20 && !TEXT_CONTROLS.has(code)) || code === 0x7f) return false;
  }
  return true;
}

/** `Image/PNG; charset=x` → `image/png`. */
export function baseType(declared: string | undefined): string {
  const type = (declared ?? '').split(';')[0].trim().toLowerCase();
  return ALIASES[type] ?? type;
}

/**
 * The type a file is stored and served with, decided from its first bytes and checked against what the client
 * declared: an allowed signature must match the declared type (or a generic one), text must be declared as text (or
 * generic), ZIP content only passes as an Office document. Anything else is a 415 before the file is stored.
 */
export function detectFileType(head: Uint8Array, declared: string | undefined): string {
  const claimed = baseType(declared);
  const found = magic(head);
  if (found === 'application/zip') {
    if (OOXML.includes(claimed)) return claimed;
    throw new UnsupportedMediaTypeException(
      'ZIP content is only accepted as a Word, Excel or PowerPoint document (.docx, .xlsx, .pptx) declared as such',
    );
  }
  if (found) {
    if (claimed === found || GENERIC.includes(claimed)) return found;
    throw new UnsupportedMediaTypeException(`File content is ${found}, but it was sent as ${claimed}`);
  }
  if (isText(head)) {
    if (TEXT.includes(claimed)) return claimed;
    if (GENERIC.includes(claimed)) return 'text/plain';
    throw new UnsupportedMediaTypeException(`File content is text, but it was sent as ${claimed}`);
  }
  throw new UnsupportedMediaTypeException(`File type is not allowed; allowed: ${ALLOWED_TYPES}`);
}
