import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { escapeIdentifier } from 'pg';
import { RequestContext } from '../common/request-context.js';
import type { Env } from '../config/env.validation.js';
import type { Queryable } from '../database/database.service.js';
import { type AuditEntry, redactChanges, redactDetails } from './audit-entry.js';

/** Who caused a row: the parameters `actor_type, actor_id, ip, request_id` of every audit insert. */
export type AuditActorParams = [actorType: string, actorId: string | null, ip: string | null, requestId: string | null];

/**
 * Writes a tenant's audit rows, always inside the caller's transaction, so a row exists if and only if the change
 * it describes committed. seq, hash chain and timestamp are set by the table's trigger (migrations/public/002).
 */
@Injectable()
export class AuditLog {
  /** False only with AUDIT_LOG=off (benchmarks): CRUD writes then skip their audit rows. */
  readonly enabled: boolean;

  constructor(
    private readonly context: RequestContext,
    config: ConfigService<Env, true>,
  ) {
    this.enabled = config.get('AUDIT_LOG', { infer: true }) !== 'off';
    if (!this.enabled) {
      new Logger('AuditLog').warn('AUDIT_LOG=off: changes to tenant records are NOT audited (a benchmark setting)');
    }
  }

  /** The tenant schema's audit table, quoted; `schema` comes from code (a derived tenant schema), never a request. */
  table(schema: string): string {
    return `${escapeIdentifier(schema)}.audit_log`;
  }

  /** The running request's actor, client IP and request id; anonymous and null outside a request. */
  actorParams(): AuditActorParams {
    const store = this.context.current;
    const actor = store?.actor;
    return [
      actor?.type ?? 'anonymous',
      actor?.type === 'user' ? actor.id : null,
      store?.ip ?? null,
      store?.request_id ?? null,
    ];
  }

  async record(tx: Queryable, schema: string, entry: AuditEntry): Promise<void> {
    const changes = redactChanges(entry.changes);
    const details = redactDetails(entry.details);
    await tx.query(
      `INSERT INTO ${this.table(schema)}
         (actor_type, actor_id, ip, request_id, action, resource, resource_id, changes, details, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        ...this.actorParams(),
        entry.action,
        entry.resource,
        entry.resource_id ?? null,
        changes ? JSON.stringify(changes) : null,
        details ? JSON.stringify(details) : null,
        entry.reason ?? null,
      ],
    );
  }
}
