import type { Type } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { getMetadataStorage, ValidationTypes } from 'class-validator';

type Schema = Record<string, unknown>;

/** class-validator rule → the JSON Schema keywords it implies (the rules our DTOs use). */
const RULES: Record<string, (args: unknown[], s: Schema) => void> = {
  isString: (_, s) => (s.type ??= 'string'),
  isNotEmpty: (_, s) => (s.minLength ??= 1),
  isEmail: (_, s) => Object.assign(s, { type: 'string', format: 'email' }),
  isUuid: (_, s) => Object.assign(s, { type: 'string', format: 'uuid' }),
  isFqdn: (_, s) => Object.assign(s, { type: 'string', format: 'hostname' }),
  isUrl: (_, s) => Object.assign(s, { type: 'string', format: 'uri' }),
  isIso8601: (_, s) => Object.assign(s, { type: 'string', format: 'date-time' }),
  isInt: (_, s) => (s.type = 'integer'),
  isNumber: (_, s) => (s.type ??= 'number'),
  isBoolean: (_, s) => (s.type = 'boolean'),
  isObject: (_, s) => (s.type ??= 'object'),
  isArray: (_, s) => (s.isArray = true),
  isIn: ([values], s) => (s.enum = [...(values as unknown[])]),
  minLength: ([n], s) => (s.minLength = n),
  maxLength: ([n], s) => (s.maxLength = n),
  isLength: ([min, max], s) => Object.assign(s, { minLength: min, maxLength: max }),
  min: ([n], s) => (s.minimum = n),
  max: ([n], s) => (s.maximum = n),
  matches: ([pattern], s) => (s.pattern = pattern instanceof RegExp ? pattern.source : String(pattern)),
  arrayMinSize: ([n], s) => (s.minItems = n),
  arrayMaxSize: ([n], s) => (s.maxItems = n),
  arrayUnique: (_, s) => (s.uniqueItems = true),
};

const described = new WeakSet<Type>();

/**
 * Gives a request DTO's properties their OpenAPI schema from its class-validator rules (what the Nest CLI plugin's
 * `classValidatorShim` does at build time, done at run time so that it also works under ts-jest and for mapped
 * types): type, format, lengths, ranges, enum, pattern, required. `@IsOptional()` fields are optional and, in a
 * body, nullable (the rule lets null through); other conditional fields (`@OptionalNotNull()`) are optional only.
 * An explicit `@ApiProperty()` on a field wins over what is derived. Nested DTOs are described too.
 */
export function describeValidatedDto(dto: Type, location: 'body' | 'query'): void {
  if (described.has(dto)) return;
  described.add(dto);
  const fields = new Map<string, { schema: Schema; optional: boolean; nullable: boolean; nested?: Type }>();
  for (const meta of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    const field = fields.get(meta.propertyName) ?? { schema: {}, optional: false, nullable: false };
    fields.set(meta.propertyName, field);
    if (meta.type === ValidationTypes.CONDITIONAL_VALIDATION) {
      field.optional = true;
      field.nullable ||= meta.name === 'isOptional' && location === 'body';
    } else if (meta.type === ValidationTypes.NESTED_VALIDATION) {
      field.nested = Reflect.getMetadata('design:type', dto.prototype, meta.propertyName) as Type;
    } else if (meta.name && RULES[meta.name]) {
      RULES[meta.name](meta.constraints ?? [], field.schema);
    }
  }
  const defaults = instanceDefaults(dto);
  for (const [name, field] of fields) {
    const { isArray, minItems, maxItems, uniqueItems, ...schema } = field.schema;
    const explicit = Reflect.getOwnMetadata('swagger/apiModelProperties', dto.prototype, name) as object | undefined;
    if (field.nested) describeValidatedDto(field.nested, location);
    const options = {
      ...(field.nested
        ? { type: field.nested }
        : isArray
          ? { type: 'array', items: { type: 'string', ...schema }, minItems, maxItems, uniqueItems }
          : schema),
      required: !field.optional,
      ...(field.nullable ? { nullable: true } : {}),
      ...(defaults[name] !== undefined ? { default: defaults[name] } : {}),
      ...explicit,
    } as ApiPropertyOptions;
    ApiProperty(options)(dto.prototype, name);
  }
}

/** Field initialisers (`limit = 50`) are the defaults the DTO applies. */
function instanceDefaults(dto: Type): Record<string, unknown> {
  try {
    return { ...(new dto() as Record<string, unknown>) };
  } catch {
    return {};
  }
}
