import { Module } from '@nestjs/common';
import { AuditLogReader } from '../../audit/audit-log.reader.js';
import { AuditLogApiService } from './audit-log-api.service.js';
import { PlatformAuditLogController, TenantAuditLogController } from './audit-log.controllers.js';

/**
 * The read side of the audit log. It lives with the tenants API rather than in audit/, which sits below identity:
 * its routes need identity's guards, and audit/ must stay importable by identity without a cycle.
 */
@Module({
  controllers: [TenantAuditLogController, PlatformAuditLogController],
  providers: [AuditLogApiService, AuditLogReader],
})
export class AuditLogApiModule {}
