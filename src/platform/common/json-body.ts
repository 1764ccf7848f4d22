import { BadRequestException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Server } from 'node:http';

/** Deeper than any body this API accepts; a deeper one only costs CPU (class-transformer recurses per level). */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;

/**
 * Whether the JSON text nests objects or arrays deeper than `max`, in one pass over the bytes that stops at the
 * first level too deep. UTF-8 never puts these ASCII bytes inside a multi-byte character, so bytes are enough.
 */
export function exceedsJsonDepth(body: Uint8Array, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > max) return true;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
    }
  }
  return false;
}

/**
 * The JSON body parser: Fastify's own (prototype-poisoning checks included), after a depth check, so a deeply
 * nested body is a fast 400 before JSON.parse, class-transformer or validation see it.
 */
export function useJsonBodyParser(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<Server>('application/json', { bodyLimit }, (request, body, done) => {
    if (exceedsJsonDepth(body)) {
      done(new BadRequestException(`Request body is nested more than ${MAX_JSON_DEPTH} levels deep`), undefined);
      return;
    }
    parse(request, body.toString('utf8'), done);
  });
}
