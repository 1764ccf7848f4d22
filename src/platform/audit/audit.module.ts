import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log.js';
import { PlatformAuditLog } from './platform-audit-log.js';

/** Global: the CRUD base, identity and the tenants API all write audit rows inside their own transactions. */
@Global()
@Module({ providers: [AuditLog, PlatformAuditLog], exports: [AuditLog, PlatformAuditLog] })
export class AuditModule {}
