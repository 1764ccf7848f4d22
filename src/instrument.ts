/**
 * Loaded before anything else (first import of main.ts and worker.ts; or `node --import ./dist/instrument.js`):
 * Sentry's Nest guide asks for `Sentry.init` before the app's modules load. Without SENTRY_DSN nothing is loaded.
 */
import { existsSync } from 'node:fs';
import { initErrorReporting } from './platform/observability/errors/error-reporter.js';

if (existsSync('.env')) process.loadEnvFile('.env');
await initErrorReporting(process.env);
