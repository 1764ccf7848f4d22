import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { Logger, type LogLevel } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { configureApp, createAdapter } from './app.setup.js';
import { ConfigValidationError, LOG_LEVELS, validateEnv, type Env } from './platform/config/env.validation.js';
import { EmbeddedPostgresError, startEmbeddedPostgres } from './platform/database/embedded-postgres.js';

function logLevelsFrom(level: Env['LOG_LEVEL']): LogLevel[] {
  return [...LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1), 'fatal'];
}

async function bootstrap(): Promise<void> {
  // Validate before the app module loads: ConfigModule validates asynchronously, and a rejection
  // there would surface as an unhandled rejection with a stack instead of one clear line.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const env = validateEnv(process.env);
  if (!env.DATABASE_URL) {
    // Started here rather than first inside Nest, so that a failure is one line rather than Nest's logged stack.
    const logger = new Logger('EmbeddedPostgres');
    await startEmbeddedPostgres({ dir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, log: (l) => logger.warn(l) });
  }
  const { AppModule } = await import('./app.module.js');
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createAdapter(env), {
    bufferLogs: true,
    abortOnError: false,
  });
  const config = app.get<ConfigService<Env, true>>(ConfigService);
  app.useLogger(logLevelsFrom(config.get('LOG_LEVEL', { infer: true })));
  await configureApp(app);
  app.enableShutdownHooks();
  const port = config.get('PORT', { infer: true });
  const host = config.get('HOST', { infer: true });
  await app.listen(port, host);
  new Logger('Bootstrap').log(`Listening on http://${host}:${port}`);
}

bootstrap().catch((err: unknown) => {
  // A configuration or embedded-database error is one clear line; anything else keeps its stack for the operator.
  if (err instanceof ConfigValidationError || err instanceof EmbeddedPostgresError)
    process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`Failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
