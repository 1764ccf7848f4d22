import { Injectable } from '@nestjs/common';
import { TenantCrudService } from '../../platform/tenancy/crud/tenant-crud.service.js';
import type { CreateContactDto } from './dto/create-contact.dto.js';
import type { UpdateContactDto } from './dto/update-contact.dto.js';
import type { Contact } from './contact.entity.js';
import { ContactsRepository } from './contacts.repository.js';

@Injectable()
export class ContactsService extends TenantCrudService<Contact, CreateContactDto, UpdateContactDto> {
  protected readonly notFound = 'Contact not found';

  constructor(repository: ContactsRepository) {
    super(repository);
  }
}
