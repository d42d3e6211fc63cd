import { environmentSchema } from '../config.ts';
import type { OpenStoreOptions } from './open-store.ts';

/** The store's part of the environment (interface.md), as the bot reads it: `DATABASE_URL` picks PostgreSQL, else a file under `DATA_DIR`. */
export const storeEnvSchema = environmentSchema.pick({ DATABASE_URL: true, DATA_DIR: true });

export type StoreEnvOutcome = { readonly ok: true; readonly options: OpenStoreOptions } | { readonly ok: false; readonly problems: readonly string[] };

/** Reads the store's settings; each problem names its variable and never echoes a value (a URL may hold a password). */
export const storeOptionsFromEnv = (env: NodeJS.ProcessEnv): StoreEnvOutcome => {
  const parsed = storeEnvSchema.safeParse({ DATABASE_URL: env.DATABASE_URL, DATA_DIR: env.DATA_DIR });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  const { DATABASE_URL: databaseUrl, DATA_DIR: dataDir } = parsed.data;
  return { ok: true, options: databaseUrl ? { databaseUrl, dataDir } : { dataDir } };
};

/** A one-line reason a store could not be opened, safe to show (no URL, no password, no stack). */
export const describeOpenFailure = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? `the database could not be opened (${code})` : 'the database could not be opened';
};
