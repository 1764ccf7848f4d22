// See setup.ts: the ES module instance of @nestjs/common, for CommonJS packages that require it under Jest.
module.exports = globalThis.__nestCommon;
