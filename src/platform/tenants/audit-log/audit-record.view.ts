import { ApiProperty } from '@nestjs/swagger';
import { DateTimeField, IntField, TextField, UuidField } from '../../common/openapi/api-fields.decorator.js';

const JSON_OBJECT = { type: 'object', additionalProperties: true, nullable: true } as const;

/** Fields both audit logs show: chain position, when, who (IP, request), why, and the row's hash. */
class AuditRecordBase {
  @IntField({ minimum: 1, description: 'Position in the hash chain' }) seq!: number;
  @UuidField() id!: string;
  @DateTimeField() created_at!: Date;
  @TextField({ description: 'user, platform, system or anonymous' }) actor_type!: string;
  @TextField() action!: string;
  @ApiProperty({ ...JSON_OBJECT, description: 'Other context; secrets are redacted' }) details!: object | null;
  @TextField({ nullable: true }) reason!: string | null;
  @TextField({ nullable: true }) ip!: string | null;
  @TextField({ nullable: true }) request_id!: string | null;
  @TextField({ description: 'SHA-256 over this row and the previous hash' }) hash!: string;
}

/** A row of a tenant's own audit log (`GET /api/tenant/audit-log`). */
export class TenantAuditRecord extends AuditRecordBase {
  @UuidField({ nullable: true }) actor_id!: string | null;
  @TextField({ description: 'A table name such as contacts' }) resource!: string;
  @TextField({ nullable: true }) resource_id!: string | null;
  @ApiProperty({ ...JSON_OBJECT, description: 'Changed fields: {field: {old, new}}; secrets are redacted' })
  changes!: object | null;
}

/** A platform operation on one tenant (`GET /api/tenants/:id/audit-log`); kept after the tenant is purged. */
export class PlatformAuditRecord extends AuditRecordBase {
  @UuidField() tenant_id!: string;
}
