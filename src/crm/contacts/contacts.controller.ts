import { Body, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiEnvelope, ApiNoContent } from '../../platform/common/openapi/api-responses.decorator.js';
import { Contact } from './contact.entity.js';
import { ok } from '../../platform/common/envelope.js';
import { IdParam } from '../../platform/common/id-param.js';
import { TenantController } from '../../platform/identity/tenant-controller.decorator.js';
import { CreateContactDto } from './dto/create-contact.dto.js';
import { ListContactsQuery } from './dto/list-contacts.query.js';
import { UpdateContactDto } from './dto/update-contact.dto.js';
import { ContactsService } from './contacts.service.js';

@TenantController('contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Post()
  @ApiEnvelope(Contact, { status: 201 })
  async create(@Body() dto: CreateContactDto) {
    return ok(await this.contacts.create(dto));
  }

  @Get()
  @ApiEnvelope(Contact, { list: true })
  async list(@Query() query: ListContactsQuery) {
    const page = await this.contacts.list(query);
    return ok(page.data, { meta: page.meta });
  }

  @Get(':id')
  @ApiEnvelope(Contact)
  async get(@IdParam() id: string) {
    return ok(await this.contacts.get(id));
  }

  @Patch(':id')
  @ApiEnvelope(Contact)
  async update(@IdParam() id: string, @Body() dto: UpdateContactDto) {
    return ok(await this.contacts.update(id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContent()
  async remove(@IdParam() id: string): Promise<void> {
    await this.contacts.remove(id);
  }
}
