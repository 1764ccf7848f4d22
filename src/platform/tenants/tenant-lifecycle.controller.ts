import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Headers,
  HttpCode,
  Patch,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, getSchemaPath } from '@nestjs/swagger';
import { ApiKeyGuard } from '../identity/api-key.guard.js';
import { ok } from '../common/envelope.js';
import { ApiEnvelope, ApiErrors } from '../common/openapi/api-responses.decorator.js';
import { PlatformApi } from '../common/openapi/api-scopes.decorator.js';
import { Tenant } from '../tenancy/tenant.entity.js';
import { PurgedTenant } from './tenant.responses.js';
import { IdParam } from '../common/id-param.js';
import { TransitionReasonDto } from './dto/suspend-tenant.dto.js';
import { UpdateTenantDto } from './dto/update-tenant.dto.js';
import { TenantLifecycleService, type Transition } from './tenant-lifecycle.service.js';
import { TenantPurgeService } from './tenant-purge.service.js';

/** `{data: tenant, message}`: the message tells a transition that happened from a repeat that changed nothing. */
const answer = ({ tenant, changed }: Transition, done: string, already: string) =>
  ok(tenant, { message: changed ? done : already });

/** The platform operator's lifecycle routes for one tenant (`x-api-key`). */
@Controller('api/tenants')
@UseGuards(ApiKeyGuard)
@PlatformApi()
@ApiErrors([404, 'No such tenant'])
export class TenantLifecycleController {
  constructor(
    private readonly lifecycle: TenantLifecycleService,
    private readonly purger: TenantPurgeService,
  ) {}

  @Patch(':id')
  @ApiEnvelope(Tenant, { message: true })
  @ApiErrors([409, 'The domain is taken, or the tenant is deleted'])
  async update(@IdParam() id: string, @Body() dto: UpdateTenantDto) {
    return ok(await this.lifecycle.update(id.toLowerCase(), dto), { message: 'Tenant updated' });
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @ApiEnvelope(Tenant, { message: true, description: 'Suspended (or already was: see message)' })
  @ApiErrors([409, 'A deleted tenant cannot be suspended'])
  async suspend(@IdParam() id: string, @Body() dto: TransitionReasonDto) {
    const result = await this.lifecycle.suspend(id.toLowerCase(), dto.reason ?? null);
    return answer(result, 'Tenant suspended', 'Tenant was already suspended');
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiEnvelope(Tenant, { message: true, description: 'Active again (or already was: see message)' })
  @ApiErrors([409, 'A deleted tenant cannot be resumed'])
  async resume(@IdParam() id: string) {
    return answer(await this.lifecycle.resume(id.toLowerCase()), 'Tenant resumed', 'Tenant was already active');
  }

  /**
   * A soft delete; with `?purge=now` and `x-confirm-purge: <the tenant id>`, immediate erasure of the schema and the
   * row (the confirmation header keeps a mistyped URL from erasing a tenant).
   */
  @Delete(':id')
  @ApiOperation({ summary: 'Soft delete; `?purge=now` with `x-confirm-purge: <id>` erases at once' })
  @ApiQuery({ name: 'purge', required: false, enum: ['now'] })
  @ApiHeader({ name: 'x-confirm-purge', required: false, description: 'The tenant id, required with purge=now' })
  @ApiExtraModels(PurgedTenant)
  @ApiOkResponse({
    description: 'Deleted (data: the tenant) or purged (data: what was erased)',
    schema: {
      type: 'object',
      required: ['success', 'data', 'message'],
      additionalProperties: false,
      properties: {
        success: { type: 'boolean', enum: [true] },
        data: { oneOf: [{ $ref: getSchemaPath(Tenant) }, { $ref: getSchemaPath(PurgedTenant) }] },
        message: { type: 'string' },
      },
    },
  })
  async remove(
    @IdParam() id: string,
    @Query('purge') purge: unknown,
    @Headers('x-confirm-purge') confirm: string | undefined,
  ) {
    if (purge === undefined) {
      return answer(await this.lifecycle.remove(id.toLowerCase()), 'Tenant deleted', 'Tenant was already deleted');
    }
    if (purge !== 'now') throw new BadRequestException('purge must be "now"');
    if (!confirm) {
      throw new BadRequestException(
        'x-confirm-purge header is required to purge a tenant now: set it to the tenant id',
      );
    }
    if (confirm.toLowerCase() !== id.toLowerCase()) {
      throw new BadRequestException('x-confirm-purge must equal the tenant id');
    }
    const tenant = await this.purger.purgeNow(id.toLowerCase());
    return ok({ id: tenant.id, name: tenant.name, domain: tenant.domain, purged: true }, { message: 'Tenant purged' });
  }

  @Post(':id/restore')
  @HttpCode(200)
  @ApiEnvelope(Tenant, { message: true, description: 'Active again (or was not deleted: see message)' })
  @ApiErrors([409, 'The domain was taken meanwhile, or the tenant is not deleted'])
  async restore(@IdParam() id: string) {
    return answer(await this.lifecycle.restore(id.toLowerCase()), 'Tenant restored', 'Tenant was not deleted');
  }
}
