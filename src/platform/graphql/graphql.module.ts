import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { Env } from '../config/env.validation.js';
import { complexityLimit } from './graphql-complexity.js';
import { countDatabaseError } from '../common/database-error-count.js';
import { Metrics } from '../observability/metrics/metrics.js';
import { graphqlErrorFormatter } from './graphql-errors.js';
import { GRAPHQL_PATH } from './graphql-path.js';
import './graphql.openapi.js';

type Settings = Pick<Env, 'GRAPHQL_MAX_DEPTH' | 'GRAPHQL_MAX_COMPLEXITY' | 'GRAPHQL_INTROSPECTION' | 'GRAPHQL_IDE'>;

/**
 * mercurius' options: code-first schema built in memory from the resolvers (`npm run graphql:schema` writes it to
 * schema.graphql), bounded depth and complexity checked before execution, introspection and GraphiQL as configured.
 * Authentication, the tenant and the rate limits are checked for the whole HTTP request before its body is read
 * (app.setup.ts); roles per operation (GraphqlRolesGuard).
 */
export function mercuriusOptions(settings: Settings, metrics: Metrics | null = null): MercuriusDriverConfig {
  return {
    driver: MercuriusDriver,
    path: GRAPHQL_PATH,
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: settings.GRAPHQL_IDE === 'on',
    queryDepth: settings.GRAPHQL_MAX_DEPTH,
    validationRules: settings.GRAPHQL_INTROSPECTION === 'on' ? [] : [NoSchemaIntrospectionCustomRule],
    // Documents served more than once are compiled by graphql-jit (measured: 0.76x the CPU per GraphQL list,
    // bench/experiments/app-builds.mjs). Adaptive mode compiles between requests, and every request's variables are
    // still validated by graphql-js first; `jit: 1` skipped that on the request that compiled (another error text).
    // eluThreshold 1: compile even while the event loop is busy, which is when it pays.
    jit: { minCount: 1, eluThreshold: 1 },
    errorFormatter: graphqlErrorFormatter(metrics ? (error) => countDatabaseError(metrics, error) : undefined),
    hooks: { preExecution: [complexityLimit(settings.GRAPHQL_MAX_COMPLEXITY)] },
  };
}

/** GraphQL at /api/tenant/graphql beside REST, over the same services (see docs/graphql.md). */
@Module({
  imports: [
    GraphQLModule.forRootAsync<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      inject: [ConfigService, Metrics],
      // `config` and `metrics` are null when the app is created with `preview: true` (`npm run openapi`): Nest
      // still runs this factory there (GraphQLModule initialises on preview) but instantiates no provider.
      useFactory: (config: ConfigService<Env, true> | null, metrics: Metrics | null) => {
        const get = <K extends keyof Settings>(key: K): Settings[K] =>
          config ? config.get(key, { infer: true }) : new Env()[key];
        return mercuriusOptions(
          {
            GRAPHQL_MAX_DEPTH: get('GRAPHQL_MAX_DEPTH'),
            GRAPHQL_MAX_COMPLEXITY: get('GRAPHQL_MAX_COMPLEXITY'),
            GRAPHQL_INTROSPECTION: get('GRAPHQL_INTROSPECTION'),
            GRAPHQL_IDE: get('GRAPHQL_IDE'),
          },
          metrics,
        );
      },
    }),
  ],
})
export class AppGraphqlModule {}
