import pg from 'pg';
import type { Http } from './app.js';

/** A GraphQL request to the tenant API, as a client sends it (POST, JSON). */
export function gql(http: Http, headers: Record<string, string>, query: string, variables?: object) {
  return http.post('/api/tenant/graphql').set(headers).send({ query, variables });
}

/**
 * Every statement this process sends to PostgreSQL while `fn` runs (pg's Client.prototype.query wrapped, so the
 * app's pool clients are counted too): how the tests prove that a relation is batched, or that a refused query
 * never reached the database.
 */
export async function statementsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    seen.push(typeof first === 'string' ? first : (first?.text ?? ''));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await fn();
  } finally {
    pg.Client.prototype.query = original;
  }
  return seen;
}

/** The statements that read or wrote one of the tenant's tables (`"tenant_…"."contacts"`). */
export const touching = (statements: string[], table: string) => statements.filter((s) => s.includes(`"."${table}"`));
