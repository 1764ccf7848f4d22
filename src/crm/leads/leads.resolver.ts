import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg } from '../../platform/graphql/id-arg.js';
import { type Page, perItem, toPage } from '../../platform/graphql/page.type.js';
import { byId, relationLoader } from '../../platform/graphql/relation-loader.js';
import type { User } from '../../platform/identity/user.entity.js';
import { UserModel } from '../../platform/identity/users/user.model.js';
import { UsersService } from '../../platform/identity/users/users.service.js';
import type { Contact } from '../contacts/contact.entity.js';
import { ContactModel } from '../contacts/contact.model.js';
import { ContactsService } from '../contacts/contacts.service.js';
import { CreateLeadInput, LeadsArgs, UpdateLeadInput } from './dto/lead.inputs.js';
import type { Lead } from './lead.entity.js';
import { LeadModel, LeadPage } from './lead.model.js';
import { LeadsService } from './leads.service.js';

/** GraphQL over LeadsService: the same validation, audit rows and events (lead.status_changed) as REST. */
@Resolver(() => LeadModel)
export class LeadsResolver {
  constructor(
    private readonly service: LeadsService,
    private readonly contacts: ContactsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => LeadModel)
  lead(@IdArg() id: string): Promise<Lead> {
    return this.service.get(id);
  }

  @Query(() => LeadPage, { complexity: perItem })
  async leads(@Args() args: LeadsArgs): Promise<Page<Lead>> {
    return toPage(await this.service.list(args));
  }

  @Mutation(() => LeadModel)
  createLead(@Args('input') input: CreateLeadInput): Promise<Lead> {
    return this.service.create(input);
  }

  @Mutation(() => LeadModel)
  updateLead(@IdArg() id: string, @Args('input') input: UpdateLeadInput): Promise<Lead> {
    return this.service.update(id, input);
  }

  @Mutation(() => Boolean, { description: 'true once deleted; NOT_FOUND when it is not in this tenant' })
  async deleteLead(@IdArg() id: string): Promise<boolean> {
    await this.service.remove(id);
    return true;
  }

  /** Batched: the contacts of every lead in the result in one query. */
  @ResolveField(() => ContactModel, { nullable: true })
  contact(@Parent() lead: Lead, @Context() context: object): Promise<Contact | null> | null {
    if (!lead.contact_id) return null;
    return relationLoader(
      context,
      'contact',
      byId((ids) => this.contacts.findMany(ids)),
    ).load(lead.contact_id);
  }

  /** Batched. Any signed-in user sees a lead's owner (not only admins): colleagues' names, email and role. */
  @ResolveField(() => UserModel, { nullable: true })
  owner(@Parent() lead: Lead, @Context() context: object): Promise<User | null> | null {
    if (!lead.owner_id) return null;
    return relationLoader(
      context,
      'user',
      byId((ids) => this.users.findMany(ids)),
    ).load(lead.owner_id);
  }
}
