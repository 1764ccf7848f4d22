import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import type { ValidationError, ValidatorOptions } from 'class-validator';
import { LRUCache } from 'lru-cache';
import { compileValidation, type ValidCheck } from './compiled-validation.js';

/** Distinct query strings remembered per query DTO class. */
const QUERIES_PER_DTO = 500;

/**
 * Nest's ValidationPipe (whitelist, no unknown fields, transform), remembering what each valid query string of a
 * query DTO (`@Query()`: list pages, flat fields of strings and numbers) became. Validating and transforming the
 * same `?limit=20` on every list request was 7.6% of the app's CPU under list load (docs/performance.md, sixth
 * session); the result depends on the query string alone, so a repeated one gets a copy of its first result.
 * Bodies and route parameters are validated every time, and so is every query that was refused (never cached).
 *
 * A body is transformed as Nest does it, then checked by its class's compiled rules (compiled-validation.ts); only
 * a body they do not pass goes through class-validator, which gives the errors: 20 -> 14 us for a contact body
 * (docs/performance.md, seventh session).
 */
export class AppValidationPipe extends ValidationPipe {
  private readonly queries = new Map<unknown, LRUCache<string, object>>();
  private readonly checks = new Map<unknown, ValidCheck | null>();

  constructor() {
    super({ whitelist: true, forbidNonWhitelisted: true, transform: true });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    if (metadata.type !== 'query' || !metatype || typeof value !== 'object' || value === null) {
      return super.transform(value, metadata);
    }
    let cache = this.queries.get(metatype);
    if (!cache) {
      cache = new LRUCache<string, object>({ max: QUERIES_PER_DTO });
      this.queries.set(metatype, cache);
    }
    const key = JSON.stringify(value);
    const known = cache.get(key);
    if (known) return copyOf(known);
    const result: unknown = await super.transform(value, metadata);
    if (typeof result === 'object' && result !== null) cache.set(key, copyOf(result));
    return result;
  }

  protected override validate(
    object: object,
    options?: ValidatorOptions,
  ): Promise<ValidationError[]> | ValidationError[] {
    const target = object.constructor;
    let check = this.checks.get(target);
    if (check === undefined) {
      check = typeof target === 'function' ? compileValidation(target as new () => unknown) : null;
      this.checks.set(target, check);
    }
    if (check?.(object as Record<string, unknown>)) return [];
    return super.validate(object, options);
  }
}

/** A shallow copy with the same class: a handler that changes its query object changes no other request's. */
function copyOf(dto: object): object {
  return Object.assign(Object.create(Object.getPrototypeOf(dto) as object | null) as object, dto);
}
