import type { StoreDb } from './schema.ts';

/**
 * A Kysely query compiled once per dialect and reused with new parameters. Building and
 * compiling a query costs more than SQLite's own work for the hot paths (an audit append, a
 * grant lookup: bench/store.bench.ts), so those are compiled on first use only.
 */
export const compiledOnce = <Q>(db: StoreDb, cache: WeakMap<object, Q>, compile: () => Q): Q => {
  // The adapter is per Kysely instance and shared by its transactions: one compilation per engine.
  const adapter = db.getExecutor().adapter;
  let compiled = cache.get(adapter);
  if (compiled === undefined) cache.set(adapter, (compiled = compile()));
  return compiled;
};
