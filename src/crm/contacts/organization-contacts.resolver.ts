import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { perItem } from '../../platform/graphql/page.type.js';
import { RelationArgs } from '../../platform/graphql/relation-args.js';
import { byParent, relationLoader } from '../../platform/graphql/relation-loader.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import type { Organization } from '../organizations/organization.entity.js';
import type { Contact } from './contact.entity.js';
import { ContactModel } from './contact.model.js';
import { ContactsService } from './contacts.service.js';

/**
 * `Organization.contacts`, here rather than in the organizations module: contacts already depend on organizations
 * (a contact's organization), so the relation back lives with the rows it lists.
 */
@Resolver(() => OrganizationModel)
export class OrganizationContactsResolver {
  constructor(private readonly service: ContactsService) {}

  /** Batched: each organization's newest `limit` contacts, for every organization in the result, in one query. */
  @ResolveField(() => [ContactModel], { complexity: perItem })
  contacts(
    @Parent() organization: Organization,
    @Args() { limit }: RelationArgs,
    @Context() context: object,
  ): Promise<Contact[]> {
    const loader = relationLoader(
      context,
      `organization.contacts:${limit}`,
      byParent<Contact>('organization_id', (ids) => this.service.listByParents('organization_id', ids, limit)),
    );
    return loader.load(organization.id);
  }
}
