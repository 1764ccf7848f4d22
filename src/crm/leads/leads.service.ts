import { Injectable } from '@nestjs/common';
import { TenantCrudService } from '../../platform/tenancy/crud/tenant-crud.service.js';
import type { CreateLeadDto } from './dto/create-lead.dto.js';
import type { UpdateLeadDto } from './dto/update-lead.dto.js';
import type { Lead } from './lead.entity.js';
import { LeadsRepository } from './leads.repository.js';

@Injectable()
export class LeadsService extends TenantCrudService<Lead, CreateLeadDto, UpdateLeadDto> {
  protected readonly notFound = 'Lead not found';

  constructor(repository: LeadsRepository) {
    super(repository);
  }
}
