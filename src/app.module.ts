import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { RequestContextModule } from './platform/common/request-context.js';
import { MetricsModule } from './platform/observability/metrics/metrics.module.js';
import { AuditModule } from './platform/audit/audit.module.js';
import { AllExceptionsFilter } from './platform/common/all-exceptions.filter.js';
import { OutageLog } from './platform/common/outage-log.js';
import { validateEnv } from './platform/config/env.validation.js';
import { AuthModule } from './platform/identity/auth.module.js';
import { ChangesModule } from './platform/changes/changes.module.js';
import { DatabaseModule } from './platform/database/database.module.js';
import { ThrottlingModule } from './platform/throttling/throttling.module.js';
import { HealthModule } from './platform/health/health.module.js';
import { TenancyModule } from './platform/tenancy/tenancy.module.js';
import { TenantsModule } from './platform/tenants/tenants.module.js';
import { AuditLogApiModule } from './platform/tenants/audit-log/audit-log-api.module.js';
import { UsersModule } from './platform/identity/users/users.module.js';
import { OrganizationsModule } from './crm/organizations/organizations.module.js';
import { ContactsModule } from './crm/contacts/contacts.module.js';
import { LeadsModule } from './crm/leads/leads.module.js';
import { TasksModule } from './crm/tasks/tasks.module.js';
import { FilesModule } from './crm/files/files.module.js';
import { FileStorageModule } from './platform/files/file-storage.module.js';
import { JobsModule } from './platform/jobs/jobs.module.js';
import { WebhooksModule } from './platform/webhooks/webhooks.module.js';
import { EventsModule } from './platform/events/events.module.js';
import { AppGraphqlModule } from './platform/graphql/graphql.module.js';
import { AppValidationPipe } from './platform/common/app-validation.pipe.js';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, cache: true, validate: validateEnv }),
    MetricsModule,
    DatabaseModule,
    RequestContextModule,
    AuditModule,
    ChangesModule,
    ThrottlingModule,
    AuthModule,
    HealthModule,
    TenantsModule,
    AuditLogApiModule,
    TenancyModule,
    FileStorageModule,
    JobsModule,
    WebhooksModule,
    EventsModule,
    AppGraphqlModule,
    UsersModule,
    OrganizationsModule,
    ContactsModule,
    LeadsModule,
    TasksModule,
    FilesModule,
  ],
  providers: [
    { provide: OutageLog, useFactory: () => new OutageLog() },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
    { provide: APP_PIPE, useValue: new AppValidationPipe() },
  ],
})
export class AppModule {}
