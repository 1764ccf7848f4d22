/** Where the tenant GraphQL API is served: under /api/tenant, so the tenant's early guards apply to it. */
export const GRAPHQL_PATH = '/api/tenant/graphql';
