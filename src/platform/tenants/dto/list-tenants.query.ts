import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.js';
import { TENANT_STATUSES } from '../../tenancy/tenant.entity.js';

export const STATUS_FILTERS = [...TENANT_STATUSES, 'all'] as const;

/** `GET /api/tenants?status=&limit=&cursor=`: without `status`, every tenant but the deleted ones. */
export class ListTenantsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(STATUS_FILTERS, { message: `status must be one of ${STATUS_FILTERS.join(', ')}` })
  status?: (typeof STATUS_FILTERS)[number];
}
