/**
 * A value read by a query at scrape time, at most once per `ttlMs`, so that scraping often (or many scrapers) costs
 * the database one query per interval. A scrape waits at most `timeoutMs` for a fresh value and otherwise shows
 * the last one; a failed query keeps the last value until the next interval.
 */
export function cachedCollect<T>(
  load: () => Promise<T>,
  ttlMs: number,
  timeoutMs = 2000,
): () => Promise<T | undefined> {
  let value: T | undefined;
  let loadedAt = -Infinity;
  let pending: Promise<void> | undefined;
  return async () => {
    if (Date.now() - loadedAt < ttlMs) return value;
    pending ??= load()
      .then(
        (loaded) => {
          value = loaded;
        },
        () => undefined,
      )
      .finally(() => {
        loadedAt = Date.now();
        pending = undefined;
      });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([pending, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
    return value;
  };
}
