import { ValidateIf } from 'class-validator';

/**
 * A field a PATCH may leave out but never clear: unlike `@IsOptional()`, `null` is validated (and so rejected
 * by the field's own checks) instead of being skipped.
 */
export const OptionalNotNull = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
