import { Module } from '@nestjs/common';
import { LeadsController } from './leads.controller.js';
import { LeadsRepository } from './leads.repository.js';
import { LeadsService } from './leads.service.js';
import { LeadsResolver } from './leads.resolver.js';
import { ContactsModule } from '../contacts/contacts.module.js';
import { UsersModule } from '../../platform/identity/users/users.module.js';

@Module({
  imports: [ContactsModule, UsersModule],
  controllers: [LeadsController],
  providers: [LeadsService, LeadsRepository, LeadsResolver],
  exports: [LeadsService, LeadsRepository],
})
export class LeadsModule {}
