import { ApiProperty } from '@nestjs/swagger';

/**
 * Property decorators for response models (entities as the API shows them), so that a field reads as one line.
 * Request DTOs need none: their schema is derived from their class-validator rules (validation-schema.ts).
 */
interface FieldOptions {
  nullable?: boolean;
  description?: string;
}

export const UuidField = (o: FieldOptions = {}) => ApiProperty({ type: String, format: 'uuid', ...o });

export const DateTimeField = (o: FieldOptions = {}) => ApiProperty({ type: String, format: 'date-time', ...o });

export const TextField = (o: FieldOptions & { format?: string } = {}) => ApiProperty({ type: String, ...o });

export const IntField = (o: FieldOptions & { minimum?: number } = {}) => ApiProperty({ type: 'integer', ...o });

export const NumberField = (o: FieldOptions = {}) => ApiProperty({ type: Number, ...o });

export const BoolField = (o: FieldOptions = {}) => ApiProperty({ type: Boolean, ...o });

export const EnumField = (values: readonly string[], o: FieldOptions = {}) => ApiProperty({ enum: [...values], ...o });

/** Free-form JSON (audit changes, job results): any value, documented as such. */
export const JsonField = (o: FieldOptions = {}) => ApiProperty({ ...o });
