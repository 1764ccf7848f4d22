// First: Sentry (when SENTRY_DSN is set) is initialised before the app's modules load.
import './instrument.js';
import 'reflect-metadata';
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { configureApp, createAdapter } from './app.setup.js';
import { ConfigValidationError, logFormatOf, validateEnv, type Env } from './platform/config/env.validation.js';
import { EmbeddedPostgresError, startEmbeddedPostgres } from './platform/database/embedded-postgres.js';
import { AppLogger } from './platform/observability/logging/app-logger.js';
import { runPrimary } from './platform/cluster/cluster-primary.js';
import { announceWorkerReady } from './platform/cluster/worker-ready.js';

async function bootstrap(): Promise<void> {
  // Validate before the app module loads: ConfigModule validates asynchronously, and a rejection
  // there would surface as an unhandled rejection with a stack instead of one clear line.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const env = validateEnv(process.env);
  // Every line, Nest's own included, goes through pino from here on (JSON in production).
  const logger = AppLogger.create({ level: env.LOG_LEVEL, format: logFormatOf(env) });
  Logger.overrideLogger(logger);
  // APP_WORKERS > 1: this process only forks and watches the workers, each of which runs the rest of this function.
  if (env.APP_WORKERS > 1 && cluster.isPrimary) return runPrimary(env);
  if (!env.DATABASE_URL) {
    // Started here rather than first inside Nest, so that a failure is one line rather than Nest's logged stack.
    const logger = new Logger('EmbeddedPostgres');
    await startEmbeddedPostgres({ dir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, log: (l) => logger.warn(l) });
  }
  const { AppModule } = await import('./app.module.js');
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createAdapter(env), {
    logger,
    abortOnError: false,
  });
  const config = app.get<ConfigService<Env, true>>(ConfigService);
  await configureApp(app);
  app.enableShutdownHooks();
  const port = config.get('PORT', { infer: true });
  const host = config.get('HOST', { infer: true });
  await app.listen(port, host);
  new Logger('Bootstrap').log(`Listening on http://${host}:${port}`);
  announceWorkerReady();
}

bootstrap().catch((err: unknown) => {
  // A configuration or embedded-database error is one clear line; anything else keeps its stack for the operator.
  if (err instanceof ConfigValidationError || err instanceof EmbeddedPostgresError)
    process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`Failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
