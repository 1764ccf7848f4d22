import './instrument.js';
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigValidationError, logFormatOf, validateEnv } from './platform/config/env.validation.js';
import { AppLogger } from './platform/observability/logging/app-logger.js';

/**
 * `npm run worker`: job workers without the HTTP server, for a Deployment of their own (the web replicas then run
 * with JOBS_WORKERS=off). SIGTERM stops claiming, lets running jobs finish, and returns the rest to the queue.
 */
async function bootstrap(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  process.env.JOBS_WORKERS = 'on';
  const env = validateEnv(process.env);
  const logger = AppLogger.create({ level: env.LOG_LEVEL, format: logFormatOf(env) });
  Logger.overrideLogger(logger);
  const { AppModule } = await import('./app.module.js');
  const app = await NestFactory.createApplicationContext(AppModule, { logger, abortOnError: false });
  app.enableShutdownHooks();
  new Logger('Worker').log('Job worker started');
}

bootstrap().catch((err: unknown) => {
  if (err instanceof ConfigValidationError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`Failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
