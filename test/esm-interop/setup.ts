// Nest 12 is ESM-only, but @nestjs/throttler is still CommonJS. On Node 20, Jest cannot `require()` an ES module
// (it can from Node 24.9), so CommonJS packages that require @nestjs/common or @nestjs/core are handed the very
// ES module instances the rest of the app imports, via the moduleNameMapper shims next to this file.
// The entry files are imported by path: Jest's own resolver would apply the mapper and return the shims.
const g = globalThis as Record<string, unknown>;
g.__nestCommon = await import(new URL('../../node_modules/@nestjs/common/index.js', import.meta.url).href);
g.__nestCore = await import(new URL('../../node_modules/@nestjs/core/index.js', import.meta.url).href);
// The same for content-disposition 3 (ESM-only), which @fastify/static requires; mercurius requires @fastify/static.
g.__contentDisposition = await import(
  new URL('../../node_modules/content-disposition/dist/index.js', import.meta.url).href
);
