import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Env } from '../config/env.validation.js';
import { complexityLimit } from './graphql-complexity.js';
import { formatGraphqlErrors } from './graphql-errors.js';
import { GRAPHQL_PATH } from './graphql-path.js';

type Settings = Pick<Env, 'GRAPHQL_MAX_DEPTH' | 'GRAPHQL_MAX_COMPLEXITY' | 'GRAPHQL_INTROSPECTION' | 'GRAPHQL_IDE'>;

/**
 * mercurius' options: code-first schema built in memory from the resolvers (`npm run graphql:schema` writes it to
 * schema.graphql), bounded depth and complexity checked before execution, introspection and GraphiQL as configured.
 * Authentication, the tenant and the rate limits are checked for the whole HTTP request before its body is read
 * (app.setup.ts); roles per operation (GraphqlRolesGuard).
 */
export function mercuriusOptions(settings: Settings): MercuriusDriverConfig {
  return {
    driver: MercuriusDriver,
    path: GRAPHQL_PATH,
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: settings.GRAPHQL_IDE === 'on',
    queryDepth: settings.GRAPHQL_MAX_DEPTH,
    validationRules: settings.GRAPHQL_INTROSPECTION === 'on' ? [] : [NoSchemaIntrospectionCustomRule],
    errorFormatter: formatGraphqlErrors,
    hooks: { preExecution: [complexityLimit(settings.GRAPHQL_MAX_COMPLEXITY)] },
  };
}

/** GraphQL at /api/tenant/graphql beside REST, over the same services (see docs/graphql.md). */
@Module({
  imports: [
    GraphQLModule.forRootAsync<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Env, true>) =>
        mercuriusOptions({
          GRAPHQL_MAX_DEPTH: config.get('GRAPHQL_MAX_DEPTH', { infer: true }),
          GRAPHQL_MAX_COMPLEXITY: config.get('GRAPHQL_MAX_COMPLEXITY', { infer: true }),
          GRAPHQL_INTROSPECTION: config.get('GRAPHQL_INTROSPECTION', { infer: true }),
          GRAPHQL_IDE: config.get('GRAPHQL_IDE', { infer: true }),
        }),
    }),
  ],
})
export class AppGraphqlModule {}
