import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { MercuriusContext, preExecutionHookHandler } from 'mercurius';

/**
 * A mercurius preExecution hook: estimates the operation's cost from the document and its variables (a field costs
 * 1, a list field `limit` times its selection: `perItem`) and refuses it (400 QUERY_TOO_COMPLEX) before any resolver
 * runs, so it never reaches the database.
 */
export function complexityLimit(maximum: number): preExecutionHookHandler<MercuriusContext> {
  return (schema, document, context, variables) => {
    const body = context.reply?.request.body as { operationName?: unknown } | undefined;
    const complexity = getComplexity({
      schema,
      query: document,
      variables,
      operationName: typeof body?.operationName === 'string' ? body.operationName : undefined,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
    if (complexity > maximum) {
      throw new GraphQLError(`Query complexity ${complexity} exceeds the limit of ${maximum}`, {
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      });
    }
  };
}
