import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg } from '../../platform/graphql/id-arg.js';
import { type Page, perItem, toPage } from '../../platform/graphql/page.type.js';
import { byId, relationLoader } from '../../platform/graphql/relation-loader.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import type { Contact } from './contact.entity.js';
import { ContactModel, ContactPage } from './contact.model.js';
import { ContactsService } from './contacts.service.js';
import { ContactsArgs, CreateContactInput, UpdateContactInput } from './dto/contact.inputs.js';

/** GraphQL over ContactsService: the same validation, audit rows and events as the REST routes. */
@Resolver(() => ContactModel)
export class ContactsResolver {
  constructor(
    private readonly service: ContactsService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Query(() => ContactModel)
  contact(@IdArg() id: string): Promise<Contact> {
    return this.service.get(id);
  }

  @Query(() => ContactPage, { complexity: perItem })
  async contacts(@Args() args: ContactsArgs): Promise<Page<Contact>> {
    return toPage(await this.service.list(args));
  }

  @Mutation(() => ContactModel)
  createContact(@Args('input') input: CreateContactInput): Promise<Contact> {
    return this.service.create(input);
  }

  @Mutation(() => ContactModel)
  updateContact(@IdArg() id: string, @Args('input') input: UpdateContactInput): Promise<Contact> {
    return this.service.update(id, input);
  }

  @Mutation(() => Boolean, { description: 'true once deleted; NOT_FOUND when it is not in this tenant' })
  async deleteContact(@IdArg() id: string): Promise<boolean> {
    await this.service.remove(id);
    return true;
  }

  /** Batched: the organizations of every contact in the result are read in one query. */
  @ResolveField(() => OrganizationModel, { nullable: true })
  organization(@Parent() contact: Contact, @Context() context: object): Promise<Organization | null> | null {
    if (!contact.organization_id) return null;
    const loader = relationLoader(
      context,
      'organization',
      byId((ids) => this.organizations.findMany(ids)),
    );
    return loader.load(contact.organization_id);
  }
}
