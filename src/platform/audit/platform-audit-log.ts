import { Injectable } from '@nestjs/common';
import { RequestContext } from '../common/request-context.js';
import type { Queryable } from '../database/database.service.js';
import { type PlatformAuditEntry, redactDetails } from './audit-entry.js';

/**
 * Writes platform operations on tenants to `public.platform_audit_log`, inside the caller's transaction. Written
 * whatever AUDIT_LOG says: platform operations are rare and always audited.
 */
@Injectable()
export class PlatformAuditLog {
  constructor(private readonly context: RequestContext) {}

  async record(tx: Queryable, entry: PlatformAuditEntry): Promise<void> {
    const store = this.context.current;
    const details = redactDetails(entry.details);
    await tx.query(
      `INSERT INTO public.platform_audit_log (tenant_id, actor_type, action, reason, details, ip, request_id)
       VALUES ($1, 'platform', $2, $3, $4, $5, $6)`,
      [
        entry.tenant_id,
        entry.action,
        entry.reason ?? null,
        details ? JSON.stringify(details) : null,
        store?.ip ?? null,
        store?.request_id ?? null,
      ],
    );
  }
}
