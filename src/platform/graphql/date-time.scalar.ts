import { GraphQLISODateTime } from '@nestjs/graphql';
import { GraphQLScalarType } from 'graphql';

/**
 * The schema's `DateTime`, as @nestjs/graphql's GraphQLISODateTime (same name, description and input parsing), whose
 * output also takes the ISO strings the CRUD base reads timestamps as (src/platform/database/iso-timestamps.ts);
 * Nest's own turns anything but a Date into null.
 */
export const DateTime = new GraphQLScalarType({
  name: GraphQLISODateTime.name,
  description: GraphQLISODateTime.description,
  parseValue: GraphQLISODateTime.parseValue,
  parseLiteral: GraphQLISODateTime.parseLiteral,
  serialize(value: unknown): string | null {
    if (typeof value === 'string') return value;
    return value instanceof Date ? value.toISOString() : null;
  },
});
