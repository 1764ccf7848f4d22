import { ValidateBy, ValidateIf, type ValidationArguments } from 'class-validator';

/**
 * A field a PATCH may leave out but never clear: unlike `@IsOptional()`, `null` is validated (and so rejected
 * by the field's own checks) instead of being skipped.
 */
export const OptionalNotNull = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/**
 * A number with at most two decimal places (money). class-validator's own `maxDecimalPlaces` reads the digits after
 * the "." of `toString()` and throws on a number written with an exponent, such as 1e-7: a 500 for valid JSON.
 */
export const MaxTwoDecimals = () =>
  ValidateBy({
    name: 'maxTwoDecimals',
    validator: {
      validate: (value: unknown) => typeof value === 'number' && Math.round(value * 100) / 100 === value,
      defaultMessage: (args?: ValidationArguments) => `${args?.property ?? 'value'} must have at most 2 decimal places`,
    },
  });
