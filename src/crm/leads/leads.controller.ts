import { Body, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiEnvelope, ApiNoContent } from '../../platform/common/openapi/api-responses.decorator.js';
import { Lead } from './lead.entity.js';
import { ok } from '../../platform/common/envelope.js';
import { IdParam } from '../../platform/common/id-param.js';
import { TenantController } from '../../platform/identity/tenant-controller.decorator.js';
import { CreateLeadDto } from './dto/create-lead.dto.js';
import { ListLeadsQuery } from './dto/list-leads.query.js';
import { UpdateLeadDto } from './dto/update-lead.dto.js';
import { LeadsService } from './leads.service.js';

@TenantController('leads')
export class LeadsController {
  constructor(private readonly leads: LeadsService) {}

  @Post()
  @ApiEnvelope(Lead, { status: 201 })
  async create(@Body() dto: CreateLeadDto) {
    return ok(await this.leads.create(dto));
  }

  @Get()
  @ApiEnvelope(Lead, { list: true })
  async list(@Query() query: ListLeadsQuery) {
    const page = await this.leads.list(query);
    return ok(page.data, { meta: page.meta });
  }

  @Get(':id')
  @ApiEnvelope(Lead)
  async get(@IdParam() id: string) {
    return ok(await this.leads.get(id));
  }

  @Patch(':id')
  @ApiEnvelope(Lead)
  async update(@IdParam() id: string, @Body() dto: UpdateLeadDto) {
    return ok(await this.leads.update(id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContent()
  async remove(@IdParam() id: string): Promise<void> {
    await this.leads.remove(id);
  }
}
