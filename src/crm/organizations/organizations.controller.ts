import { Body, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiEnvelope, ApiNoContent } from '../../platform/common/openapi/api-responses.decorator.js';
import { Organization } from './organization.entity.js';
import { ok } from '../../platform/common/envelope.js';
import { IdParam } from '../../platform/common/id-param.js';
import { TenantController } from '../../platform/identity/tenant-controller.decorator.js';
import { CreateOrganizationDto } from './dto/create-organization.dto.js';
import { ListOrganizationsQuery } from './dto/list-organizations.query.js';
import { UpdateOrganizationDto } from './dto/update-organization.dto.js';
import { OrganizationsService } from './organizations.service.js';

@TenantController('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @ApiEnvelope(Organization, { status: 201 })
  async create(@Body() dto: CreateOrganizationDto) {
    return ok(await this.organizations.create(dto));
  }

  @Get()
  @ApiEnvelope(Organization, { list: true })
  async list(@Query() query: ListOrganizationsQuery) {
    const page = await this.organizations.list(query);
    return ok(page.data, { meta: page.meta });
  }

  @Get(':id')
  @ApiEnvelope(Organization)
  async get(@IdParam() id: string) {
    return ok(await this.organizations.get(id));
  }

  @Patch(':id')
  @ApiEnvelope(Organization)
  async update(@IdParam() id: string, @Body() dto: UpdateOrganizationDto) {
    return ok(await this.organizations.update(id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContent()
  async remove(@IdParam() id: string): Promise<void> {
    await this.organizations.remove(id);
  }
}
