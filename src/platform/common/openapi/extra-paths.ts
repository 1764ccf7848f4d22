import type { OpenAPIObject } from '@nestjs/swagger';

export type PathItemObject = OpenAPIObject['paths'][string];

/**
 * Routes that are not Nest controllers (a Fastify plugin's, such as GraphQL's mercurius route) describe themselves
 * here, at module load, so that the document and the contract test know them; buildOpenApiDocument merges them.
 */
const extraPaths = new Map<string, PathItemObject>();

export function documentPath(path: string, item: PathItemObject): void {
  extraPaths.set(path, item);
}

export function documentedExtraPaths(): ReadonlyMap<string, PathItemObject> {
  return extraPaths;
}
