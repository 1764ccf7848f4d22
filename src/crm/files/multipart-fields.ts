import type { MultipartValue } from '@fastify/multipart';
import { BadRequestException, HttpException, UnsupportedMediaTypeException } from '@nestjs/common';
import { isUuid } from '../../platform/database/tenant-schema.js';
import { LINK_FIELDS, type LinkField } from './file.entity.js';

/** A form field besides the file: one of the link fields, holding a UUID. */
export function readLinkField(part: MultipartValue): Partial<Record<LinkField, string>> {
  const field = part.fieldname as LinkField;
  if (!LINK_FIELDS.includes(field)) {
    throw new BadRequestException(`Unknown form field; allowed: file, ${LINK_FIELDS.join(', ')}`);
  }
  if (!isUuid(part.value)) throw new BadRequestException(`${field} must be a UUID`);
  return { [field]: part.value.toLowerCase() };
}

/** @fastify/multipart's errors, as a client should read them. */
const MULTIPART_ERRORS: Record<string, () => HttpException> = {
  FST_FILES_LIMIT: () => new BadRequestException('Send one file per request'),
  FST_PARTS_LIMIT: () => new BadRequestException('Too many form fields'),
  FST_FIELDS_LIMIT: () => new BadRequestException('Too many form fields'),
  FST_PROTO_VIOLATION: () => new BadRequestException('Form field name is not allowed'),
  FST_INVALID_JSON_FIELD_ERROR: () => new BadRequestException('A form field is not valid JSON'),
  FST_MP_PREMATURE_CLOSE: () => new BadRequestException('The request ended before the upload was complete'),
  FST_INVALID_MULTIPART_CONTENT_TYPE: () =>
    new UnsupportedMediaTypeException('Expected a multipart/form-data body with the file in the field "file"'),
};

/**
 * What an upload failure means for the client: HTTP errors as they are, the multipart parser's errors as 4xx, and
 * busboy's (a broken body: plain errors about the form) as a 400. Storage or database failures pass on unchanged.
 */
export function multipartError(err: unknown): unknown {
  if (err instanceof HttpException || !(err instanceof Error)) return err;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && MULTIPART_ERRORS[code]) return MULTIPART_ERRORS[code]();
  const fromParser =
    code === undefined && !('$metadata' in err) && /multipart|boundary|part|form|unexpected end/i.test(err.message);
  return fromParser ? new BadRequestException('Multipart body is malformed') : err;
}
