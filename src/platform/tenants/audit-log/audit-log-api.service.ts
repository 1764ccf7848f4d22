import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import {
  type AuditFilters,
  AuditLogReader,
  type AuditRecord,
  decodeSeqCursor,
  encodeSeqCursor,
} from '../../audit/audit-log.reader.js';
import { DatabaseService } from '../../database/database.service.js';
import type { ListAuditLogQuery } from './dto/list-audit-log.query.js';
import type { PageQueryDto } from '../../common/pagination.js';

export interface AuditPage {
  data: AuditRecord[];
  meta: { limit: number; next_cursor: string | null };
}

/** `limit + 1` rows were read: the extra one only tells whether another page exists. */
function toSeqPage(rows: AuditRecord[], limit: number): AuditPage {
  const data = rows.slice(0, limit);
  const next = rows.length > limit ? encodeSeqCursor(data[data.length - 1].seq) : null;
  return { data, meta: { limit, next_cursor: next } };
}

@Injectable()
export class AuditLogApiService {
  constructor(
    private readonly reader: AuditLogReader,
    private readonly db: DatabaseService,
  ) {}

  async tenantPage(schema: string, query: ListAuditLogQuery): Promise<AuditPage> {
    const { limit, cursor, since, until, ...rest } = query;
    const filters: AuditFilters = {
      ...rest,
      since: since ? new Date(since) : undefined,
      until: until ? new Date(until) : undefined,
    };
    if (filters.since && filters.until && filters.since > filters.until) {
      throw new BadRequestException('since must not be after until');
    }
    const before = cursor ? decodeSeqCursor(cursor) : undefined;
    return toSeqPage(await this.reader.tenantPage(schema, filters, limit + 1, before), limit);
  }

  /** A purged tenant's platform rows remain readable; an id that never had a tenant or a row is a 404. */
  async platformPage(tenantId: string, query: PageQueryDto): Promise<AuditPage> {
    const before = query.cursor ? decodeSeqCursor(query.cursor) : undefined;
    const page = toSeqPage(await this.reader.platformPage(tenantId, query.limit + 1, before), query.limit);
    if (page.data.length === 0 && before === undefined) {
      const { rowCount } = await this.db.query('SELECT 1 FROM public.tenants WHERE id = $1', [tenantId]);
      if (!rowCount) throw new NotFoundException('Tenant not found');
    }
    return page;
  }
}
