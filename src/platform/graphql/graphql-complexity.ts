import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import type { MercuriusContext, preExecutionHookHandler } from 'mercurius';

/** Variable sets remembered per parsed document. */
const VARIABLE_SETS_PER_DOCUMENT = 100;

/**
 * A mercurius preExecution hook: estimates the operation's cost from the document and its variables (a field costs
 * 1, a list field `limit` times its selection: `perItem`) and refuses it (400 QUERY_TOO_COMPLEX) before any resolver
 * runs, so it never reaches the database.
 *
 * The estimate depends on the schema, the document, the operation and the variables alone. mercurius hands a
 * repeated query string the same parsed document (its query cache), so each document keeps its estimates by
 * operation and variables: walking the document was 3.8% of the app's CPU under GraphQL list load
 * (docs/performance.md, seventh session). A document mercurius drops from its cache is collected with them.
 */
export function complexityLimit(maximum: number): preExecutionHookHandler<MercuriusContext> {
  const known = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, LRUCache<string, number>>>();
  return (schema, document, context, variables) => {
    const body = context.reply?.request.body as { operationName?: unknown } | undefined;
    const operationName = typeof body?.operationName === 'string' ? body.operationName : undefined;
    let bySchema = known.get(schema);
    if (!bySchema) known.set(schema, (bySchema = new WeakMap()));
    let byVariables = bySchema.get(document);
    if (!byVariables) bySchema.set(document, (byVariables = new LRUCache({ max: VARIABLE_SETS_PER_DOCUMENT })));
    const key = JSON.stringify([operationName ?? null, variables ?? null]);
    let complexity = byVariables.get(key);
    if (complexity === undefined) {
      complexity = getComplexity({
        schema,
        query: document,
        variables,
        operationName,
        estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
      });
      byVariables.set(key, complexity);
    }
    if (complexity > maximum) {
      throw new GraphQLError(`Query complexity ${complexity} exceeds the limit of ${maximum}`, {
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      });
    }
  };
}
