// See setup.ts: the ES module content-disposition 3, for @fastify/static (CommonJS, loaded by mercurius) under Jest.
module.exports = globalThis.__contentDisposition;
