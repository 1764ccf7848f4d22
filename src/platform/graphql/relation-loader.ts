import DataLoader from 'dataloader';

/** One set of loaders per GraphQL request: the context object mercurius creates for it. */
const perRequest = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

/**
 * A DataLoader kept for the rest of this request under `key`: every `load(id)` made while one level of the result
 * is resolved becomes one `batch(ids)` call, so a relation costs one query per request, not one per row. Cached
 * for the request only, so a row changed by a mutation in the same request is read afresh by the next request.
 */
export function relationLoader<V>(
  context: object,
  key: string,
  batch: (ids: readonly string[]) => Promise<V[]>,
): DataLoader<string, V> {
  let loaders = perRequest.get(context);
  if (!loaders) perRequest.set(context, (loaders = new Map()));
  let loader = loaders.get(key) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>((ids) => batch(ids));
    loaders.set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/** A to-one relation's batch: the row with each id, or null when it is gone. */
export function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return async (ids: readonly string[]): Promise<(T | null)[]> => {
    const rows = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  };
}

/** A to-many relation's batch: for each parent id, its rows (`column` holds the parent's id). */
export function byParent<T>(column: keyof T, load: (ids: readonly string[]) => Promise<T[]>) {
  return async (ids: readonly string[]): Promise<T[][]> => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of await load(ids)) groups.get(String(row[column]))?.push(row);
    return ids.map((id) => groups.get(id) ?? []);
  };
}
