import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { buildOpenApiDocument } from './platform/common/openapi/openapi.document.js';

/**
 * `npm run openapi` writes openapi.json at the repository root and the client types generated from it by
 * openapi-typescript (examples/client/schema.d.ts); `npm run openapi -- --check` fails when either committed file
 * differs from what the code declares (CI). The app is created with `preview: true`: modules and controllers are
 * scanned, no provider is instantiated, so nothing connects to a database or Redis.
 */
const DOCUMENT = new URL('../openapi.json', import.meta.url);
const CLIENT_TYPES = new URL('../examples/client/schema.d.ts', import.meta.url);
const HEADER = '// Generated from openapi.json by openapi-typescript (`npm run openapi`): do not edit.\n\n';

async function generate(): Promise<Map<URL, string>> {
  const { AppModule } = await import('./app.module.js');
  const app = await NestFactory.create(AppModule, new FastifyAdapter(), {
    preview: true,
    logger: ['error'],
    abortOnError: false,
  });
  const document = buildOpenApiDocument(app);
  await app.close();
  // A development dependency, loaded only by this command.
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const types = astToString(await openapiTS(structuredClone(document) as never));
  return new Map([
    [DOCUMENT, `${JSON.stringify(document, null, 2)}\n`],
    [CLIENT_TYPES, HEADER + types],
  ]);
}

function read(file: URL): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  const files = await generate();
  const check = process.argv.includes('--check');
  const stale = [...files].filter(([file, text]) => read(file) !== text).map(([file]) => file.pathname);
  if (!check) {
    for (const [file, text] of files) writeFileSync(file, text);
    process.stdout.write(`Wrote ${[...files.keys()].map((f) => f.pathname).join(', ')}\n`);
    return;
  }
  if (stale.length > 0) {
    process.stderr.write(
      `openapi.json is out of date with the code (${stale.join(', ')}): run \`npm run openapi\` and commit the result\n`,
    );
    process.exit(1);
  }
  process.stdout.write('openapi.json and the client types are up to date\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`openapi: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
