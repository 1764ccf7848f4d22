import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ok } from '../../common/envelope.js';
import { ApiEnvelope, ApiErrors } from '../../common/openapi/api-responses.decorator.js';
import { PlatformApi } from '../../common/openapi/api-scopes.decorator.js';
import { PlatformAuditRecord, TenantAuditRecord } from './audit-record.view.js';
import { IdParam } from '../../common/id-param.js';
import { PageQueryDto } from '../../common/pagination.js';
import { ApiKeyGuard } from '../../identity/api-key.guard.js';
import { Roles } from '../../identity/auth.decorators.js';
import { TenantController } from '../../identity/tenant-controller.decorator.js';
import { TenantConnection } from '../../tenancy/tenant-connection.js';
import { ListAuditLogQuery } from './dto/list-audit-log.query.js';
import { AuditLogApiService } from './audit-log-api.service.js';

/** The tenant's own audit log: admins only. */
@TenantController('audit-log')
@Roles('admin')
export class TenantAuditLogController {
  constructor(
    private readonly audit: AuditLogApiService,
    private readonly connection: TenantConnection,
  ) {}

  @Get()
  @ApiEnvelope(TenantAuditRecord, { list: true })
  async list(@Query() query: ListAuditLogQuery) {
    const page = await this.audit.tenantPage(this.connection.tenant.schema, query);
    return ok(page.data, { meta: page.meta });
  }
}

/** Platform operations on one tenant (x-api-key); kept after the tenant is purged. */
@Controller('api/tenants')
@UseGuards(ApiKeyGuard)
@PlatformApi()
export class PlatformAuditLogController {
  constructor(private readonly audit: AuditLogApiService) {}

  @Get(':id/audit-log')
  @ApiEnvelope(PlatformAuditRecord, { list: true })
  @ApiErrors([404, 'No such tenant, and no audit rows of it'])
  async list(@IdParam() id: string, @Query() query: PageQueryDto) {
    const page = await this.audit.platformPage(id.toLowerCase(), query);
    return ok(page.data, { meta: page.meta });
  }
}
