import { z } from 'zod';
import type { OpenStoreOptions } from './open-store.ts';

/** The store's part of the environment (interface.md): `DATABASE_URL` picks PostgreSQL, else a file under `DATA_DIR`. */
export const storeEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// (or leave it unset for the embedded database)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().trim().min(1).default('./data'),
});

export type StoreEnvOutcome = { readonly ok: true; readonly options: OpenStoreOptions } | { readonly ok: false; readonly problems: readonly string[] };

/** Reads the store's settings; each problem names its variable and never echoes a value (a URL may hold a password). */
export const storeOptionsFromEnv = (env: NodeJS.ProcessEnv): StoreEnvOutcome => {
  const parsed = storeEnvSchema.safeParse({ DATABASE_URL: env.DATABASE_URL, DATA_DIR: env.DATA_DIR || undefined });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  const { DATABASE_URL: databaseUrl, DATA_DIR: dataDir } = parsed.data;
  return { ok: true, options: databaseUrl ? { databaseUrl, dataDir } : { dataDir } };
};

/** A one-line reason a store could not be opened, safe to show (no URL, no password, no stack). */
export const describeOpenFailure = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? `the database could not be opened (${code})` : 'the database could not be opened';
};
