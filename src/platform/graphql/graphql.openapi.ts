import { documentPath } from '../common/openapi/extra-paths.js';
import { GRAPHQL_PATH } from './graphql-path.js';

const GRAPHQL_RESULT = {
  description: 'A GraphQL result: `data` and/or `errors` (each with `extensions.code`); see schema.graphql',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: {
          data: { type: ['object', 'null'], additionalProperties: true },
          errors: { type: 'array', items: { type: 'object', additionalProperties: true } },
        },
        additionalProperties: false,
      },
    },
  },
};

const operation = (method: 'get' | 'post') => ({
  operationId: `Graphql_${method}`,
  summary: 'GraphQL over the same services as REST (docs/graphql.md); the schema is schema.graphql',
  tags: ['graphql'],
  security: [{ bearer: [] }],
  parameters: [
    {
      name: 'x-tenant-id',
      in: 'header',
      required: true,
      description: 'The tenant the request acts in',
      schema: { type: 'string', format: 'uuid' },
    },
    ...(method === 'get' ? [{ name: 'query', in: 'query', required: true, schema: { type: 'string' } }] : []),
  ],
  ...(method === 'post'
    ? {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['query'],
                properties: {
                  query: { type: 'string' },
                  variables: { type: ['object', 'null'], additionalProperties: true },
                  operationName: { type: ['string', 'null'] },
                },
              },
            },
          },
        },
      }
    : {}),
  responses: {
    200: GRAPHQL_RESULT,
    // A query that does not parse or validate, or a refusal per operation (role, rate limit), is a GraphQL result
    // with that status; the platform's checks before the body is read answer with the error envelope.
    400: either('A query that does not parse or validate, or a bad x-tenant-id'),
    401: either('Missing or invalid bearer token'),
    403: either('Suspended tenant, or a role the operation does not allow'),
    404: either('Unknown tenant'),
    429: either('Rate limit reached; see Retry-After'),
  },
});

function either(description: string) {
  const result = GRAPHQL_RESULT.content['application/json'].schema;
  return {
    description,
    content: {
      'application/json': { schema: { anyOf: [result, { $ref: '#/components/schemas/ErrorResponse' }] } },
    },
  };
}

/** mercurius' route is a Fastify plugin's, not a controller: described here for openapi.json and its contract. */
documentPath(GRAPHQL_PATH, { get: operation('get'), post: operation('post') } as never);
