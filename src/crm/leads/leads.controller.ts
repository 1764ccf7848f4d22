import { Body, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
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
  async create(@Body() dto: CreateLeadDto) {
    return ok(await this.leads.create(dto));
  }

  @Get()
  async list(@Query() query: ListLeadsQuery) {
    const page = await this.leads.list(query);
    return ok(page.data, { meta: page.meta });
  }

  @Get(':id')
  async get(@IdParam() id: string) {
    return ok(await this.leads.get(id));
  }

  @Patch(':id')
  async update(@IdParam() id: string, @Body() dto: UpdateLeadDto) {
    return ok(await this.leads.update(id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@IdParam() id: string): Promise<void> {
    await this.leads.remove(id);
  }
}
