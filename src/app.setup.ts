import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigService } from '@nestjs/config';
import helmet from 'helmet';
import { accessLog } from './common/access-log.middleware.js';
import { TenantContext } from './tenancy/tenant-context.js';
import type { Env } from './config/env.validation.js';

function trustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** HTTP concerns shared by main.ts and the e2e tests, so the tests exercise the same app. */
export function configureApp(app: NestExpressApplication): void {
  const config = app.get<ConfigService<Env, true>>(ConfigService);
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy(config.get('TRUST_PROXY', { infer: true })));
  app.use(app.get(TenantContext).middleware);
  app.use(accessLog);
  app.use(helmet());
  app.useBodyParser('json', { limit: '1mb' });
  const origins = config
    .get('CORS_ORIGINS', { infer: true })
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (origins.length > 0) app.enableCors({ origin: origins.includes('*') ? true : origins });
}
