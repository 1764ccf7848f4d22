import { Body, Controller, Delete, HttpCode, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiKeyGuard } from '../identity/api-key.guard.js';
import { ok } from '../common/envelope.js';
import { IdParam } from '../common/id-param.js';
import { TransitionReasonDto } from './dto/suspend-tenant.dto.js';
import { UpdateTenantDto } from './dto/update-tenant.dto.js';
import { TenantLifecycleService, type Transition } from './tenant-lifecycle.service.js';

/** `{data: tenant, message}`: the message tells a transition that happened from a repeat that changed nothing. */
const answer = ({ tenant, changed }: Transition, done: string, already: string) =>
  ok(tenant, { message: changed ? done : already });

/** The platform operator's lifecycle routes for one tenant (`x-api-key`). */
@Controller('api/tenants')
@UseGuards(ApiKeyGuard)
export class TenantLifecycleController {
  constructor(private readonly lifecycle: TenantLifecycleService) {}

  @Patch(':id')
  async update(@IdParam() id: string, @Body() dto: UpdateTenantDto) {
    return ok(await this.lifecycle.update(id.toLowerCase(), dto), { message: 'Tenant updated' });
  }

  @Post(':id/suspend')
  @HttpCode(200)
  async suspend(@IdParam() id: string, @Body() dto: TransitionReasonDto) {
    const result = await this.lifecycle.suspend(id.toLowerCase(), dto.reason ?? null);
    return answer(result, 'Tenant suspended', 'Tenant was already suspended');
  }

  @Post(':id/resume')
  @HttpCode(200)
  async resume(@IdParam() id: string) {
    return answer(await this.lifecycle.resume(id.toLowerCase()), 'Tenant resumed', 'Tenant was already active');
  }

  @Delete(':id')
  async remove(@IdParam() id: string) {
    return answer(await this.lifecycle.remove(id.toLowerCase()), 'Tenant deleted', 'Tenant was already deleted');
  }

  @Post(':id/restore')
  @HttpCode(200)
  async restore(@IdParam() id: string) {
    return answer(await this.lifecycle.restore(id.toLowerCase()), 'Tenant restored', 'Tenant was not deleted');
  }
}
