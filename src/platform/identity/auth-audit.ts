import { Injectable } from '@nestjs/common';
import { AuditLog } from '../audit/audit-log.js';
import type { Queryable } from '../database/database.service.js';
import { RequestContext } from '../common/request-context.js';
import { TenantConnection } from '../tenancy/tenant-connection.js';
import type { User } from './user.entity.js';

/** What sign-in writes to the tenant's audit log, so AuthService stays about tokens. */
@Injectable()
export class AuthAudit {
  constructor(
    private readonly audit: AuditLog,
    private readonly db: TenantConnection,
    private readonly context: RequestContext,
  ) {}

  /** In the transaction that issues the tokens; from here on the request acts as the user. */
  async signedIn(tx: Queryable, user: User): Promise<void> {
    this.context.actor = { type: 'user', id: user.id, role: user.role };
    await this.audit.record(tx, this.db.tenant.schema, { action: 'login', resource: 'users', resource_id: user.id });
  }

  /**
   * A refused sign-in changes nothing, so it is written on its own (one statement). The email is kept so an admin
   * can see which account was tried; the reason is for admins only (the client gets the same 401 either way).
   */
  async signInFailed(email: string, userId: string | undefined): Promise<void> {
    const statement: Queryable = { query: (sql, params) => this.db.queryQualified(sql, params) };
    await this.audit.record(statement, this.db.tenant.schema, {
      action: 'login_failed',
      resource: 'users',
      resource_id: userId ?? null,
      details: { email },
      reason: userId ? 'wrong password' : 'unknown email',
    });
  }

  /** A spent refresh token was presented again: its family is revoked in the same transaction as this row. */
  async refreshTokenReused(tx: Queryable, token: { family_id: string; user_id: string }): Promise<void> {
    await this.audit.record(tx, this.db.tenant.schema, {
      action: 'refresh_token_reuse',
      resource: 'refresh_tokens',
      resource_id: token.family_id,
      details: { user_id: token.user_id },
      reason: 'a rotated refresh token was presented again; its family was revoked',
    });
  }
}
