import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `nest g tenant-resource` (schematics/) end to end: generate into a copy of this project, then build the copy and
 * run the generated e2e test there. The project itself is never touched.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NOT_COPIED = new Set(['node_modules', 'dist', '.data', '.git', 'coverage']);

interface RunResult {
  code: number | null;
  output: string;
}

/** Runs `node <args>` in `cwd`, killing its whole process group if it is not done within `timeoutMs`. */
function runNode(args: string[], cwd: string, timeoutMs: number, env: Record<string, string> = {}): Promise<RunResult> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env };
  for (const key of Object.keys(childEnv)) if (key.startsWith('JEST_')) delete childEnv[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: childEnv,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      reject(new Error(`node ${args.join(' ')} did not finish in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      // eslint-disable-next-line no-control-regex
      resolve({ code, output: output.replace(/\u001b\[[0-9;]*m/g, '') });
    });
  });
}

/** Every file of the copy (outside node_modules and dist) with the hash of its content. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      const rel = relative(dir, path);
      if (NOT_COPIED.has(rel.split(sep)[0])) continue;
      if (entry.isDirectory()) walk(path);
      else files[rel] = createHash('sha1').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

function highestMigration(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(join(dir, 'migrations', 'tenant'))
      .map((file) => /^(\d+)_.*\.sql$/.exec(file)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number),
  );
}

describe('nest g tenant-resource (schematics/)', () => {
  let dir: string;
  let nest: string;
  let appModuleBefore: string;
  let migration: string;
  let generated: RunResult;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mtb-generator-'));
    cpSync(ROOT, dir, {
      recursive: true,
      filter: (src) => !NOT_COPIED.has(relative(ROOT, src).split(sep)[0]),
    });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    nest = join(dir, 'node_modules', '.bin', 'nest');
    appModuleBefore = readFileSync(join(dir, 'src', 'app.module.ts'), 'utf8');
    migration = `${String(highestMigration(dir) + 1).padStart(3, '0')}_create_widgets.sql`;
    generated = await runNode([nest, 'g', 'tenant-resource', 'widgets'], dir, 60_000);
  }, 90_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the module, the next tenant migration and an e2e test, and registers the module', () => {
    expect(generated).toEqual({ code: 0, output: expect.stringContaining('CREATE src/crm/widgets/widgets.module.ts') });
    const files = [
      'src/crm/widgets/widgets.module.ts',
      'src/crm/widgets/widgets.controller.ts',
      'src/crm/widgets/widgets.service.ts',
      'src/crm/widgets/widgets.repository.ts',
      'src/crm/widgets/widgets.entity.ts',
      'src/crm/widgets/widgets.model.ts',
      'src/crm/widgets/widgets.resolver.ts',
      'src/crm/widgets/dto/create-widgets.dto.ts',
      'src/crm/widgets/dto/update-widgets.dto.ts',
      'src/crm/widgets/dto/list-widgets.query.ts',
      'src/crm/widgets/dto/widgets.inputs.ts',
      `migrations/tenant/${migration}`,
      'test/widgets.e2e-spec.ts',
    ];
    for (const file of files) expect({ file, exists: existsSync(join(dir, file)) }).toEqual({ file, exists: true });
    expect(readdirSync(join(dir, 'src', 'crm', 'widgets')).sort()).toEqual([
      'dto',
      'widgets.controller.ts',
      'widgets.entity.ts',
      'widgets.model.ts',
      'widgets.module.ts',
      'widgets.repository.ts',
      'widgets.resolver.ts',
      'widgets.service.ts',
    ]);

    const read = (file: string) => readFileSync(join(dir, file), 'utf8');
    expect(read('src/crm/widgets/widgets.controller.ts')).toContain("@TenantController('widgets')");
    expect(read('src/crm/widgets/widgets.repository.ts')).toContain("table: 'widgets'");
    expect(read('src/crm/widgets/widgets.module.ts')).toContain('export class WidgetsModule {}');
    for (const file of files.filter((f) => f.endsWith('.ts'))) {
      const relativeImports = [...read(file).matchAll(/from '(\.{1,2}\/[^']*)'/g)].map((m) => m[1]);
      expect({ file, withoutJs: relativeImports.filter((p) => !p.endsWith('.js')) }).toEqual({ file, withoutJs: [] });
    }
    const test = read('test/widgets.e2e-spec.ts');
    expect(test).toContain("from './support/app.js'");
    expect(test).toContain('.set(session.headers)');
    expect(test).not.toMatch(/x-tenant-id/i);

    const sql = read(`migrations/tenant/${migration}`);
    expect(sql).toContain('CREATE TABLE widgets (');
    expect(sql).toContain('id uuid PRIMARY KEY DEFAULT gen_random_uuid()');
    expect(sql).toContain('name text NOT NULL');
    expect(sql).toContain("created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())");
    expect(sql).toContain('CREATE INDEX widgets_created_at_id_idx ON widgets (created_at DESC, id DESC);');

    // app.module.ts gains exactly the import line and the entry in @Module({ imports: [...] }).
    const appModule = read('src/app.module.ts');
    const importLine = "import { WidgetsModule } from './crm/widgets/widgets.module.js';\n";
    expect(appModule).toContain(importLine);
    expect(appModule).toMatch(/imports: \[[^\]]*\n {4}WidgetsModule,\n {2}\],/);
    expect(appModule.replace(importLine, '').replace('    WidgetsModule,\n', '')).toBe(appModuleBefore);
  });

  it.each([
    ['an invalid name', 'Bad_Name', /invalid name/],
    ['the name of an existing module', 'contacts', /src\/crm\/contacts\/ already exists/],
    ['a resource that was already generated', 'widgets', /src\/crm\/widgets\/ already exists/],
  ])(
    'rejects %s (%s) with a non-zero exit and writes nothing',
    async (_case, name, message) => {
      const before = snapshot(dir);
      // The schematic itself, run by the same schematics binary and collection `nest g` uses: a non-zero exit.
      const collection = (JSON.parse(readFileSync(join(dir, 'nest-cli.json'), 'utf8')) as { collection: string })
        .collection;
      const schematics = join(dir, 'node_modules', '@angular-devkit', 'schematics-cli', 'bin', 'schematics.js');
      const direct = await runNode([schematics, `${collection}:tenant-resource`, `--name=${name}`], dir, 60_000);
      expect(direct.code).not.toBe(0);
      expect(direct.output).toMatch(message);
      expect(snapshot(dir)).toEqual(before);

      // Through `nest g`: the error is printed (@nestjs/cli 12.0.8 exits 0 after a failed schematic, see the README).
      const viaNest = await runNode([nest, 'g', 'tenant-resource', name], dir, 60_000);
      expect(viaNest.output).toMatch(message);
      expect(snapshot(dir)).toEqual(before);
    },
    150_000,
  );

  it('keeps the standard Nest generators through `extends` (dry run)', async () => {
    const before = snapshot(dir);
    const moduleRun = await runNode([nest, 'g', 'module', 'gadgets', '--dry-run'], dir, 60_000);
    expect(moduleRun).toEqual({ code: 0, output: expect.stringContaining('CREATE src/gadgets/gadgets.module.ts') });
    const serviceRun = await runNode([nest, 'g', 'service', 'gadgets', '--dry-run'], dir, 60_000);
    expect(serviceRun).toEqual({ code: 0, output: expect.stringContaining('CREATE src/gadgets/gadgets.service.ts') });
    expect(snapshot(dir)).toEqual(before);
  }, 150_000);

  it('builds the generated project, whose generated e2e test passes', async () => {
    expect(generated.code).toBe(0);
    const build = await runNode([nest, 'build'], dir, 120_000);
    expect(build).toEqual({ code: 0, output: expect.any(String) });
    expect(existsSync(join(dir, 'dist', 'crm', 'widgets', 'widgets.module.js'))).toBe(true);

    // The new routes are in the OpenAPI document with no hand edits: the committed openapi.json is now stale
    // (CI's check fails), and `npm run openapi` adds them with the entity's schema.
    const stale = await runNode(['dist/openapi.js', '--check'], dir, 60_000);
    expect(stale).toEqual({ code: 1, output: expect.stringContaining('openapi.json is out of date') });
    expect(await runNode(['dist/openapi.js'], dir, 60_000)).toEqual({ code: 0, output: expect.any(String) });
    const document = JSON.parse(readFileSync(join(dir, 'openapi.json'), 'utf8')) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: { name: string }[] }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(Object.keys(document.paths['/api/tenant/widgets']).sort()).toEqual(['get', 'post']);
    expect(Object.keys(document.paths['/api/tenant/widgets/{id}']).sort()).toEqual(['delete', 'get', 'patch']);
    expect(Object.keys(document.paths['/api/tenant/widgets'].post.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '404', '413']),
    );
    expect(document.paths['/api/tenant/widgets'].get.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['x-tenant-id', 'limit', 'cursor', 'q']),
    );
    expect(Object.keys(document.components.schemas.WidgetsRow.properties ?? {})).toEqual([
      'id',
      'name',
      'description',
      'created_at',
      'updated_at',
    ]);
    expect(document.components.schemas.CreateWidgetsDto.properties).toEqual({
      name: { type: 'string', minLength: 1, maxLength: 200 },
      description: { type: ['string', 'null'], maxLength: 10000 },
    });

    expect(process.env.DATABASE_URL).toBeDefined();
    const jest = await runNode(
      [
        '--experimental-vm-modules',
        'node_modules/jest/bin/jest.js',
        '--config',
        'test/jest-e2e.json',
        '--runInBand',
        '--verbose',
        'test/widgets.e2e-spec.ts',
      ],
      dir,
      180_000,
      // The copy's global setup creates (and drops) its own database on this server.
      { DATABASE_URL: process.env.DATABASE_URL! },
    );
    expect(jest).toEqual({ code: 0, output: expect.stringMatching(/PASS test\/widgets\.e2e-spec\.ts/) });
    const counts = /Tests:\s+(\d+) passed, (\d+) total/.exec(jest.output);
    expect(counts).not.toBeNull();
    expect(Number(counts![1])).toBe(Number(counts![2]));
    expect(Number(counts![1])).toBeGreaterThanOrEqual(16);
    // The generated e2e test ran with the contract check on: its answers match the generated document.
    // The generated resource is audited with no code of its own: the CRUD base writes the rows.
    expect(jest.output).toMatch(/✓ records create, update and delete in the tenant audit log/);
    // …and is served over GraphQL with no code of its own beyond the generated resolver.
    expect(jest.output).toMatch(/✓ is queryable over GraphQL \(\/api\/tenant\/graphql\) through the same service/);
  }, 240_000);
});
