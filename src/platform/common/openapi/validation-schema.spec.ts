import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { OptionalNotNull } from '../dto-validators.js';
import { describeValidatedDto } from './validation-schema.js';

class Sample {
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsOptional()
  @IsUUID()
  owner_id?: string | null;

  @OptionalNotNull()
  @IsIn(['a', 'b'])
  kind?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;

  @IsString()
  @Length(1, 100)
  name!: string;
}

const property = (cls: object, name: string) =>
  Reflect.getMetadata('swagger/apiModelProperties', (cls as { prototype: object }).prototype, name) as Record<
    string,
    unknown
  >;

describe('describeValidatedDto', () => {
  it('derives type, format, limits, enum, default and required from the validation rules', () => {
    describeValidatedDto(Sample, 'body');
    expect(property(Sample, 'email')).toEqual(
      expect.objectContaining({ type: 'string', format: 'email', maxLength: 254, required: true }),
    );
    // @IsOptional lets null through a body field; @OptionalNotNull only lets the field be left out.
    expect(property(Sample, 'owner_id')).toEqual(
      expect.objectContaining({ type: 'string', format: 'uuid', required: false, nullable: true }),
    );
    expect(property(Sample, 'kind')).toEqual(expect.objectContaining({ enum: ['a', 'b'], required: false }));
    expect(property(Sample, 'kind').nullable).toBeUndefined();
    expect(property(Sample, 'limit')).toEqual(
      expect.objectContaining({ type: 'integer', minimum: 1, maximum: 200, default: 50, required: false }),
    );
    expect(property(Sample, 'name')).toEqual(
      expect.objectContaining({ type: 'string', minLength: 1, maxLength: 100, required: true }),
    );
  });
});
