import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { buildOpenApiDocument } from './platform/common/openapi/openapi.document.js';

/**
 * `npm run openapi` writes openapi.json at the repository root; `npm run openapi -- --check` fails when the
 * committed file differs from what the code declares (CI). The app is created with `preview: true`: modules and
 * controllers are scanned, no provider is instantiated, so nothing connects to a database or Redis.
 */
const FILE = new URL('../openapi.json', import.meta.url);

async function main(): Promise<void> {
  const { AppModule } = await import('./app.module.js');
  const app = await NestFactory.create(AppModule, new FastifyAdapter(), {
    preview: true,
    logger: ['error'],
    abortOnError: false,
  });
  const text = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  if (!process.argv.includes('--check')) {
    writeFileSync(FILE, text);
    process.stdout.write(`Wrote ${FILE.pathname}\n`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(FILE, 'utf8');
  } catch {
    // a missing file is out of date too
  }
  if (committed !== text) {
    process.stderr.write('openapi.json is out of date with the code: run `npm run openapi` and commit the result\n');
    process.exit(1);
  }
  process.stdout.write('openapi.json is up to date\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`openapi: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
