import { PartialType } from '@nestjs/mapped-types';
import { plainToInstance } from 'class-transformer';
import {
  getMetadataStorage,
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  validate,
} from 'class-validator';
import { CreateUserDto } from '../identity/users/dto/create-user.dto.js';
import { LoginDto } from '../identity/dto/login.dto.js';
import { CreateTenantDto } from '../tenants/dto/create-tenant.dto.js';
import { UpdateTenantDto } from '../tenants/dto/update-tenant.dto.js';
import { CreateWebhookDto } from '../webhooks/dto/create-webhook.dto.js';
import { compileValidation } from './compiled-validation.js';
import { Lowercase, Trim } from './dto-transforms.js';
import { OptionalNotNull } from './dto-validators.js';
import { PageQueryDto } from './pagination.js';

/** The rules of a CRM body (platform code never imports a CRM module): trims, emails, ids, optional fields. */
class RecordBody {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10)
  name!: string;

  @IsOptional()
  @Lowercase()
  @IsEmail()
  @MaxLength(40)
  email?: string | null;

  @IsOptional()
  @IsUUID()
  owner_id?: string | null;

  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(5)
  rank?: number;
}
class RecordPatch extends PartialType(RecordBody) {}

const OPTIONS = { whitelist: true, forbidNonWhitelisted: true };
const VALUES: unknown[] = [
  undefined,
  null,
  '',
  '   ',
  'a',
  ' Ada ',
  'x'.repeat(11),
  'ADA@Example.com ',
  'not-an-email',
  '4c1e8f3e-6f1b-4f5e-9a57-2b1f7d0c8e11',
  'https://hooks.example.com/x',
  'example.com',
  'correct horse battery staple',
  'admin',
  'user',
  0,
  3,
  5,
  6,
  -1,
  2.5,
  true,
  [],
  ['contact.created'],
  {},
  { email: 'a@b.co', password: 'correct horse battery staple' },
];

/**
 * A deterministic stream of bodies near a valid one: each field kept, removed or replaced by one of the values
 * above, and now and then a field the class does not have.
 */
function* bodies(valid: Record<string, unknown>, fields: string[], count: number): Generator<Record<string, unknown>> {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let i = 0; i < count; i += 1) {
    const body: Record<string, unknown> = { ...valid };
    for (const field of fields) {
      if (next(3) !== 0) continue;
      const value = VALUES[next(VALUES.length)];
      if (value === undefined) delete body[field];
      else body[field] = value;
    }
    if (next(20) === 0) body.unknown_field = 'x';
    yield body;
  }
}

const UUID = '4c1e8f3e-6f1b-4f5e-9a57-2b1f7d0c8e11';
const PASSWORD = 'correct horse battery staple';
const CLASSES: [new () => object, Record<string, unknown>][] = [
  [RecordBody, { name: 'Ada', email: 'ada@example.com', owner_id: UUID, rank: 2 }],
  [RecordPatch, { name: 'Ada' }],
  [CreateUserDto, { email: 'ada@example.com', password: PASSWORD, first_name: 'Ada', role: 'user' }],
  [LoginDto, { email: 'ada@example.com', password: PASSWORD }],
  [UpdateTenantDto, { name: 'Acme', domain: 'acme.example.com' }],
  [CreateWebhookDto, { url: 'https://hooks.example.com/x', events: ['contact.created'], active: true }],
  [PageQueryDto, { limit: 20 }],
];

describe('compileValidation', () => {
  it.each(CLASSES.map(([target, valid]) => [target.name, target, valid] as const))(
    'never passes a %s that class-validator refuses, and passes the valid ones',
    async (_name, target, valid) => {
      const check = compileValidation(target);
      expect(check).not.toBeNull();
      const rules = getMetadataStorage().getTargetValidationMetadatas(target, '', false, false);
      const fields = [...new Set(rules.map((rule) => rule.propertyName))];
      let agreedValid = 0;
      for (const body of bodies(valid, fields, 3000)) {
        const instance = plainToInstance(target, structuredClone(body)) as Record<string, unknown>;
        const errors = await validate(instance, OPTIONS);
        const passed = check!(instance);
        // "Passed" must imply valid; a refusal only sends the body through class-validator.
        if (passed) expect({ body, errors }).toEqual({ body, errors: [] });
        if (errors.length === 0) {
          expect({ body, passed }).toEqual({ body, passed: true });
          agreedValid += 1;
        }
      }
      expect(agreedValid).toBeGreaterThan(300);
    },
  );

  it('leaves a class with nested rules to class-validator', () => {
    expect(compileValidation(CreateTenantDto)).toBeNull();
  });

  it('has no check for a class without rules', () => {
    class Bare {
      name?: string;
    }
    expect(compileValidation(Bare)).toBeNull();
  });
});
