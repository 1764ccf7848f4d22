import { Injectable } from '@nestjs/common';
import { TenantCrudService } from '../../platform/tenancy/crud/tenant-crud.service.js';
import type { CreateOrganizationDto } from './dto/create-organization.dto.js';
import type { UpdateOrganizationDto } from './dto/update-organization.dto.js';
import type { Organization } from './organization.entity.js';
import { OrganizationsRepository } from './organizations.repository.js';

@Injectable()
export class OrganizationsService extends TenantCrudService<
  Organization,
  CreateOrganizationDto,
  UpdateOrganizationDto
> {
  protected readonly notFound = 'Organization not found';

  constructor(repository: OrganizationsRepository) {
    super(repository);
  }
}
