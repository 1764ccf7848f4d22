import { Module } from '@nestjs/common';
import { ContactsController } from './contacts.controller.js';
import { ContactsRepository } from './contacts.repository.js';
import { ContactsService } from './contacts.service.js';
import { ContactsResolver } from './contacts.resolver.js';
import { OrganizationContactsResolver } from './organization-contacts.resolver.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';

@Module({
  imports: [OrganizationsModule],
  controllers: [ContactsController],
  providers: [ContactsService, ContactsRepository, ContactsResolver, OrganizationContactsResolver],
  exports: [ContactsService, ContactsRepository],
})
export class ContactsModule {}
