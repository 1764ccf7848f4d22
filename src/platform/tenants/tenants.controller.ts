import { Body, Controller, Get, HttpCode, Post, Query, UseGuards } from '@nestjs/common';
import { BodyLimit, MAX_BODY_LIMIT } from '../common/body-limit.js';
import { ApiKeyGuard } from '../identity/api-key.guard.js';
import { ok } from '../common/envelope.js';
import { ApiEnvelope, ApiErrors } from '../common/openapi/api-responses.decorator.js';
import { PlatformApi } from '../common/openapi/api-scopes.decorator.js';
import { Tenant } from '../tenancy/tenant.entity.js';
import { CreatedTenant } from './tenant.responses.js';
import { IdParam } from '../common/id-param.js';
import { CreateTenantDto } from './dto/create-tenant.dto.js';
import { ListTenantsQueryDto } from './dto/list-tenants.query.js';
import { TenantsService } from './tenants.service.js';

/** Platform administration: every route needs the operators' `x-api-key`. */
@Controller('api/tenants')
@UseGuards(ApiKeyGuard)
@PlatformApi()
export class TenantsController {
  constructor(private readonly tenants: TenantsService) {}

  @Post()
  @HttpCode(201)
  // Operators only, and their key is checked before the body is read: the one route that keeps the 1 MB ceiling.
  @BodyLimit(MAX_BODY_LIMIT)
  @ApiEnvelope(CreatedTenant, { status: 201, message: true })
  @ApiErrors([409, 'The domain is taken'])
  async create(@Body() dto: CreateTenantDto) {
    return ok(await this.tenants.create(dto), { message: 'Tenant created' });
  }

  @Get()
  @ApiEnvelope(Tenant, { list: true })
  async list(@Query() query: ListTenantsQueryDto) {
    const page = await this.tenants.list(query);
    return ok(page.data, { meta: page.meta });
  }

  @Get(':id')
  @ApiEnvelope(Tenant)
  @ApiErrors([404, 'No such tenant'])
  async get(@IdParam() id: string) {
    return ok(await this.tenants.get(id.toLowerCase()));
  }
}
