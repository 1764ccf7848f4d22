// @ts-check
'use strict';
/**
 * `nest g tenant-resource <name>`: a tenant-scoped CRUD module in the style of src/crm/organizations, its tenant
 * migration, its e2e test, and its registration in app.module.ts.
 *
 * CommonJS on purpose (`.cjs`): @angular-devkit/schematics loads factories with `require()`, and the project
 * itself is an ES module package.
 */
const path = require('node:path');
const {
  SchematicsException,
  apply,
  applyTemplates,
  chain,
  mergeWith,
  move,
  url,
} = require('@angular-devkit/schematics');
const { strings } = require('@angular-devkit/core');

/** Lowercase letters and digits in dash-separated words, starting with a letter (`product-categories`). */
const NAME_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Keeps `<table>_created_at_id_idx` within PostgreSQL's 63-byte identifier limit. */
const MAX_NAME_LENGTH = 40;
const MIGRATIONS_DIR = 'migrations/tenant';
const TEST_DIR = 'test';
/** Tenant business modules live under <sourceRoot>/crm (see CONVENTIONS.md). */
const CRM_DIR = 'crm';

/**
 * PostgreSQL keywords that cannot name a table unquoted (the "reserved" and "reserved, can be function or type"
 * categories); the generated SQL and TableSpec use the table name unquoted.
 */
const SQL_RESERVED = new Set(
  (
    'all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate ' +
    'collation column concurrently constraint create cross current_catalog current_date current_role ' +
    'current_schema current_time current_timestamp current_user default deferrable desc distinct do else end ' +
    'except false fetch for foreign freeze from full grant group having ilike in initially inner intersect into ' +
    'is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null offset on ' +
    'only or order outer overlaps placing primary references returning right select session_user similar some ' +
    'symmetric system_user table tablesample then to trailing true union unique user using variadic verbose when ' +
    'where window with'
  ).split(' '),
);

/** The controller's constructor parameter is `camelize(name)`, so it cannot be a reserved word. */
const JS_RESERVED = new Set(
  (
    'arguments await break case catch class const continue debugger default delete do else enum eval export ' +
    'extends false finally for function if implements import in instanceof interface let new null package ' +
    'private protected public return static super switch this throw true try typeof var void while with yield'
  ).split(' '),
);

/** Identifiers the generated files import; a generated class must not shadow one of them. */
const IMPORTED_IDENTIFIERS = new Set([
  'ApiEnvelope',
  'ApiNoContent',
  'Body',
  'DateTimeField',
  'Delete',
  'Get',
  'HttpCode',
  'Injectable',
  'IdParam',
  'IsNotEmpty',
  'IsOptional',
  'IsString',
  'MaxLength',
  'Module',
  'PageQueryDto',
  'PartialType',
  'Patch',
  'Post',
  'Query',
  'TenantController',
  'TenantCrudRepository',
  'TenantCrudService',
  'TextField',
  'Trim',
  'UuidField',
]);

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  throw new SchematicsException(`tenant-resource: ${message}`);
}

/** `product-categories` -> `Product categories`. */
function humanize(/** @type {string} */ name) {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * @param {string} name
 * @param {string} sourceRoot
 * @param {string} migration
 */
function generatedPaths(name, sourceRoot, migration) {
  const dir = `${sourceRoot}/${CRM_DIR}/${name}`;
  return [
    `${dir}/${name}.module.ts`,
    `${dir}/${name}.controller.ts`,
    `${dir}/${name}.service.ts`,
    `${dir}/${name}.repository.ts`,
    `${dir}/${name}.entity.ts`,
    `${dir}/${name}.model.ts`,
    `${dir}/${name}.resolver.ts`,
    `${dir}/dto/create-${name}.dto.ts`,
    `${dir}/dto/update-${name}.dto.ts`,
    `${dir}/dto/list-${name}.query.ts`,
    `${dir}/dto/${name}.inputs.ts`,
    `${MIGRATIONS_DIR}/${migration}.sql`,
    `${TEST_DIR}/${name}.e2e-spec.ts`,
  ];
}

/**
 * Checks the name before anything is written, so a rejected name leaves the project untouched.
 * @param {unknown} raw
 */
function validateName(raw) {
  if (typeof raw !== 'string' || raw.length === 0) fail('a name is required, e.g. `nest g tenant-resource widgets`.');
  const name = raw;
  if (!NAME_PATTERN.test(name)) {
    fail(
      `invalid name "${name}": use lowercase letters, digits and single dashes, starting with a letter ` +
        '(e.g. product-categories).',
    );
  }
  if (name.length > MAX_NAME_LENGTH) fail(`invalid name "${name}": at most ${MAX_NAME_LENGTH} characters.`);
  const table = strings.underscore(name);
  if (SQL_RESERVED.has(table)) fail(`invalid name "${name}": "${table}" is a reserved word in PostgreSQL.`);
  if (table === 'schema_migrations') fail(`invalid name "${name}": the migration runner owns "schema_migrations".`);
  const variable = strings.camelize(name);
  if (JS_RESERVED.has(variable)) fail(`invalid name "${name}": "${variable}" is a reserved word in JavaScript.`);
  const className = strings.classify(name);
  const classes = ['Module', 'Controller', 'Service', 'Repository', 'Row'].map((suffix) => className + suffix);
  classes.push(`Create${className}Dto`, `Update${className}Dto`, `List${className}Query`);
  const clash = classes.find((c) => IMPORTED_IDENTIFIERS.has(c));
  if (clash) fail(`invalid name "${name}": its class ${clash} would clash with an identifier the module imports.`);
  return { name, table, className };
}

/**
 * The next tenant migration: the highest `NNN_*.sql` number in migrations/tenant plus one, zero-padded to 3 digits.
 * @param {import('@angular-devkit/schematics').Tree} tree
 * @param {string} table
 */
function nextMigration(tree, table) {
  const files = tree.getDir(MIGRATIONS_DIR).subfiles.map(String);
  let highest = 0;
  for (const file of files) {
    const match = /^(\d+)_.*\.sql$/.exec(file);
    if (!match) continue;
    highest = Math.max(highest, Number(match[1]));
    const sql = tree.readText(`${MIGRATIONS_DIR}/${file}`);
    const creates = new RegExp(`\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?"?${table}"?\\s*\\(`, 'i');
    if (creates.test(sql)) fail(`table "${table}" is already created by ${MIGRATIONS_DIR}/${file}.`);
  }
  return `${String(highest + 1).padStart(3, '0')}_create_${table}`;
}

/**
 * A copy of TypeScript source in which comments and the contents of string and template literals are blanked
 * (same length, newlines kept), so brackets and keywords can be found by position without being fooled by text.
 * @param {string} source
 */
function maskNonCode(source) {
  const out = source.split('');
  const blank = (/** @type {number} */ from, /** @type {number} */ to) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      blank(i + 1, Math.min(j, source.length));
      i = j + 1;
    } else {
      i += 1;
    }
  }
  return out.join('');
}

/**
 * Index of the bracket closing the one at `open` in masked source, or -1.
 * @param {string} code
 * @param {number} open
 */
function matchingBracket(code, open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') depth += 1;
    else if (c === ')' || c === ']' || c === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Adds `import { XModule } from './x/x.module.js';` after the last import and `XModule` at the end of the
 * `imports` array of the `@Module({...})` decorator. Fails, changing nothing, when the file does not have that
 * shape or already mentions the module.
 * @param {string} source
 * @param {string} moduleClass
 * @param {string} importPath
 * @param {string} file
 */
function registerModule(source, moduleClass, importPath, file) {
  const code = maskNonCode(source);
  if (new RegExp(`\\b${moduleClass}\\b`).test(code) || source.includes(`'${importPath}'`)) {
    fail(`${moduleClass} is already registered in ${file} (or the name is taken there); nothing was generated.`);
  }
  const decorator = /@Module\s*\(\s*\{/.exec(code);
  if (!decorator) fail(`no @Module({ ... }) decorator found in ${file}.`);
  const objectStart = decorator.index + decorator[0].length - 1;
  const objectEnd = matchingBracket(code, objectStart);
  if (objectEnd === -1) fail(`the @Module({ ... }) object in ${file} is not closed.`);

  // The `imports: [` property directly inside the decorator's object (depth 1), not one nested in a call.
  const property = /\bimports\s*:\s*\[/g;
  property.lastIndex = objectStart;
  let arrayStart = -1;
  for (let m = property.exec(code); m && m.index < objectEnd; m = property.exec(code)) {
    const between = code.slice(objectStart, m.index);
    const depth = (between.match(/[([{]/g) ?? []).length - (between.match(/[)\]}]/g) ?? []).length;
    if (depth === 1) {
      arrayStart = m.index + m[0].length - 1;
      break;
    }
  }
  if (arrayStart === -1) fail(`no "imports: [ ... ]" array in the @Module decorator of ${file}.`);
  const arrayEnd = matchingBracket(code, arrayStart);
  if (arrayEnd === -1 || arrayEnd > objectEnd) fail(`the imports array in ${file} is not closed.`);

  let updated;
  const inner = code.slice(arrayStart + 1, arrayEnd);
  const lastCode = inner.search(/\S\s*$/);
  if (lastCode === -1) {
    updated = `${source.slice(0, arrayStart + 1)}${moduleClass}${source.slice(arrayEnd)}`;
  } else {
    const last = arrayStart + 1 + lastCode; // the last code character inside the array
    const comma = code[last] === ',' ? '' : ',';
    if (inner.includes('\n')) {
      // One entry per line: add a line after the last entry's line (keeping a trailing comment on that line).
      const lineStart = source.lastIndexOf('\n', last) + 1;
      const indent = /^[ \t]*/.exec(source.slice(lineStart))?.[0] ?? '  ';
      const lineEnd = source.indexOf('\n', last);
      const at = lineEnd === -1 || lineEnd > arrayEnd ? arrayEnd : lineEnd;
      updated = `${source.slice(0, last + 1)}${comma}${source.slice(last + 1, at)}\n${indent}${moduleClass},${source.slice(at)}`;
    } else {
      updated = `${source.slice(0, last + 1)}${comma} ${moduleClass}${source.slice(last + 1)}`;
    }
  }

  // The import goes after the last top-level import declaration (imports precede the decorator).
  const importLine = `import { ${moduleClass} } from '${importPath}';`;
  const imports = [...code.slice(0, decorator.index).matchAll(/^import\s[^;]*;[^\n]*/gm)];
  if (imports.length === 0) return `${importLine}\n${updated}`;
  const lastImport = imports[imports.length - 1];
  const after = (lastImport.index ?? 0) + lastImport[0].length;
  return `${updated.slice(0, after)}\n${importLine}${updated.slice(after)}`;
}

/**
 * Formats the TypeScript files the schematic wrote with the project's own Prettier and .prettierrc, when the project
 * has Prettier installed (it is a devDependency here); otherwise leaves the templates' formatting as it is.
 * @param {string[]} files
 * @returns {import('@angular-devkit/schematics').Rule}
 */
function formatWithPrettier(files) {
  return async (tree, context) => {
    let prettier;
    try {
      prettier = require(require.resolve('prettier', { paths: [process.cwd()] }));
    } catch {
      context.logger.warn('tenant-resource: Prettier not found in this project; the files are left unformatted.');
      return;
    }
    for (const file of files.filter((f) => f.endsWith('.ts'))) {
      const absolute = path.join(process.cwd(), file);
      const config = (await prettier.resolveConfig(absolute)) ?? {};
      const text = tree.readText(file);
      const formatted = await prettier.format(text, { ...config, filepath: absolute });
      if (formatted !== text) tree.overwrite(file, formatted);
    }
  };
}

/**
 * @param {{ name?: unknown; sourceRoot?: string; skipImport?: boolean; path?: string }} options
 * @returns {import('@angular-devkit/schematics').Rule}
 */
function tenantResource(options) {
  return (tree) => {
    const { name, table, className } = validateName(options.name);
    if (options.path) fail('a path is not supported: the resource always goes to <sourceRoot>/crm/<name>.');
    if (!tree.exists('package.json')) fail('no package.json here: run this command in the project root.');
    const sourceRoot = (options.sourceRoot || 'src').replace(/\/+$/, '');
    const appModule = `${sourceRoot}/app.module.ts`;

    const resourceDir = tree.getDir(`${sourceRoot}/${CRM_DIR}/${name}`);
    if (resourceDir.subfiles.length > 0 || resourceDir.subdirs.length > 0) {
      fail(`${sourceRoot}/${CRM_DIR}/${name}/ already exists: a module named "${name}" is already in the project.`);
    }
    const migration = nextMigration(tree, table);
    const paths = generatedPaths(name, sourceRoot, migration);
    const existing = paths.filter((p) => tree.exists(p));
    if (existing.length > 0) fail(`would overwrite ${existing.join(', ')}.`);

    const rules = [];
    const templateOptions = {
      ...strings,
      name,
      migration,
      notFoundMessage: `${humanize(name)} entry not found`,
    };
    const files = (/** @type {string} */ from, /** @type {string} */ to) =>
      mergeWith(apply(url(from), [applyTemplates(templateOptions), move(to)]));
    rules.push(files('./files/src', `${sourceRoot}/${CRM_DIR}/${name}`));
    rules.push(files('./files/migrations', MIGRATIONS_DIR));
    rules.push(files('./files/test', TEST_DIR));

    const written = paths.slice();
    if (!options.skipImport) {
      const source = tree.exists(appModule) ? tree.readText(appModule) : null;
      if (source === null) fail(`${appModule} not found: run this command in the project root (or use --skip-import).`);
      const updated = registerModule(source, `${className}Module`, `./${CRM_DIR}/${name}/${name}.module.js`, appModule);
      rules.push((/** @type {import('@angular-devkit/schematics').Tree} */ t) => t.overwrite(appModule, updated));
      written.push(appModule);
    }
    rules.push(formatWithPrettier(written));
    rules.push(
      (/** @type {unknown} */ _t, /** @type {import('@angular-devkit/schematics').SchematicContext} */ ctx) => {
        ctx.logger.info(
          `${className}Module: /api/tenant/${name}, table ${table} (${MIGRATIONS_DIR}/${migration}.sql). ` +
            'Add fields to the migration, entity, DTOs and repository spec before the migration is applied anywhere.',
        );
      },
    );
    return chain(rules);
  };
}

module.exports = { tenantResource, registerModule, validateName };
