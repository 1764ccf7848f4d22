import type { Type } from '@nestjs/common';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { type DtoField, dtoFields } from './routes.js';

let serial = 0;

/** A value that passes the field's declared checks, so a body of them reaches the service (unique where needed). */
export function validValue(field: DtoField): unknown {
  serial += 1;
  const checks = field.checks;
  if (field.nested) return validBody(field.nested);
  if (checks.has('isEmail')) return `fuzz-${process.pid}-${serial}@fuzz.example.com`;
  if (checks.has('isFqdn')) return `fuzz-${process.pid}-${Date.now().toString(36)}-${serial}.example.com`;
  if (checks.has('isIn')) return (checks.get('isIn')![0] as unknown[])[0];
  if (checks.has('isUuid')) return randomUUID();
  if (checks.has('isIso8601') || checks.has('isDateString')) return new Date().toISOString();
  if (checks.has('isNumber') || checks.has('isInt')) return 1;
  if (checks.has('isBoolean')) return true;
  const min = Number(checks.get('minLength')?.[0] ?? checks.get('isLength')?.[0] ?? 1);
  return `fuzz value ${serial}`.padEnd(min, 'x');
}

/** A body with a valid value for each required field of the DTO. */
export function validBody(dto: Type): Record<string, unknown> {
  return Object.fromEntries(dtoFields(dto).flatMap((f) => (f.required ? [[f.name, validValue(f)]] : [])));
}

/** Everything a JSON field can wrongly be: null, the other JSON types, long and odd strings, arrays, objects. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, '', ' ', '0', 'true', 'null', '\u0000', '💥'.repeat(50)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 257, max: 100_000 }).map((n) => 'x'.repeat(n)),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
);

/** One value of each JSON kind, for the exhaustive field-by-field check. */
export const WRONG_KINDS: readonly unknown[] = [
  null,
  true,
  0,
  -1.5,
  1e-7,
  1e21,
  '',
  'x'.repeat(10_000),
  [],
  ['x'],
  {},
  { a: 1 },
];

/** Every body that is valid except for one field (nested fields too) set to one of WRONG_KINDS. */
export function wrongKindBodies(dto: Type): { field: string; body: Record<string, unknown> }[] {
  return dtoFields(dto).flatMap((f) => [
    ...WRONG_KINDS.map((value) => ({ field: f.name, body: { ...validBody(dto), [f.name]: value } })),
    ...(f.nested
      ? [
          { field: `${f.name}[]`, body: { ...validBody(dto), [f.name]: [validBody(f.nested)] } },
          ...wrongKindBodies(f.nested).map((n) => ({
            field: `${f.name}.${n.field}`,
            body: { ...validBody(dto), [f.name]: n.body },
          })),
        ]
      : []),
  ]);
}

/** A body for the DTO: valid except for one or more fields (nested ones too), or not an object at all. */
export function hostileBody(dto: Type): fc.Arbitrary<unknown> {
  const fields = dtoFields(dto);
  const names = fields.map((f) => f.name);
  const whole = fc.oneof(
    fc.constantFrom(null, [], 'text', 1, true, {}),
    fc.constant(null).map(() => [validBody(dto)]),
  );
  if (names.length === 0) return whole;
  const withValues = (chosen: string[]) =>
    fc
      .array(wrongValue, { minLength: chosen.length, maxLength: chosen.length })
      .map((values) => ({ ...validBody(dto), ...Object.fromEntries(chosen.map((n, i) => [n, values[i]])) }));
  const one = fc.constantFrom(...names).chain((name) => withValues([name]));
  const several = fc.subarray(names, { minLength: 1 }).chain(withValues);
  const unknown = wrongValue.map((value) => ({ ...validBody(dto), unknown_field: value }));
  const nested = fields
    .filter((f) => f.nested)
    .map((f) =>
      fc.oneof(
        hostileBody(f.nested!).map((inner) => ({ ...validBody(dto), [f.name]: inner })),
        // The shape of a valid nested object, wrapped in an array (the `"admin": [ {…} ]` case).
        fc.constant(null).map(() => ({ ...validBody(dto), [f.name]: [validBody(f.nested!)] })),
      ),
    );
  return fc.oneof(
    { arbitrary: one, weight: 5 },
    { arbitrary: several, weight: 3 },
    unknown,
    ...nested.map((a) => ({ arbitrary: a, weight: 2 })),
    whole,
  );
}

/** A query string: the DTO's keys (and unknown ones) with odd, long, repeated or badly encoded values. */
export function hostileQuery(dto: Type | undefined): fc.Arbitrary<string> {
  const names = [...(dto ? dtoFields(dto).map((f) => f.name) : []), 'unknown', 'limit'];
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom('', '-1', '0', '1e9', '1.5', 'NaN', 'null', '[]', '{}', ' 7 ', '201'),
    fc.integer({ min: 201, max: 5_000 }).map((n) => 'q'.repeat(n)),
  );
  const pair = fc.tuple(fc.constantFrom(...names), fc.array(text, { minLength: 1, maxLength: 3 }));
  const raw = fc.constantFrom('', '&', '&&=', '%', '%zz', '%00', 'a[b]=c', 'limit[]=1', '=x');
  return fc.tuple(fc.array(pair, { maxLength: 4 }), raw).map(([pairs, junk]) => {
    const parts = pairs.flatMap(([k, vs]) => vs.map((v) => `${k}=${encodeURIComponent(v)}`));
    if (junk) parts.push(junk);
    return parts.length ? `?${parts.join('&')}` : '';
  });
}
