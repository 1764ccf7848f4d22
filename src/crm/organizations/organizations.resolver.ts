import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../../platform/graphql/id-arg.js';
import { type Page, perItem, toPage } from '../../platform/graphql/page.type.js';
import { CreateOrganizationInput, OrganizationsArgs, UpdateOrganizationInput } from './dto/organization.inputs.js';
import { OrganizationModel, OrganizationPage } from './organization.model.js';
import type { Organization } from './organization.entity.js';
import { OrganizationsService } from './organizations.service.js';

/** GraphQL over OrganizationsService: the same validation, audit rows and events as the REST routes. */
@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Query(() => OrganizationModel)
  organization(@IdArg() id: string): Promise<Organization> {
    return this.service.get(id);
  }

  @Query(() => OrganizationPage, { complexity: perItem })
  async organizations(@Args() args: OrganizationsArgs): Promise<Page<Organization>> {
    return toPage(await this.service.list(args));
  }

  @Mutation(() => OrganizationModel)
  createOrganization(@Args('input') input: CreateOrganizationInput): Promise<Organization> {
    return this.service.create(input);
  }

  @Mutation(() => OrganizationModel)
  updateOrganization(@IdArg() id: string, @Args('input') input: UpdateOrganizationInput): Promise<Organization> {
    return this.service.update(id, input);
  }

  @Mutation(() => Boolean, { description: 'true once deleted; NOT_FOUND when it is not in this tenant' })
  async deleteOrganization(@IdArg() id: string): Promise<boolean> {
    await this.service.remove(id);
    return true;
  }
}
