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

/** What the commonest failures to open a store mean, in an operator's words. */
const OPEN_FAILURES: Readonly<Record<string, string>> = {
  EEXIST: 'the path is a file, not a directory',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  ECONNREFUSED: 'the server refused the connection',
  ENOTFOUND: 'the host was not found',
  ETIMEDOUT: 'the server did not answer in time',
  '28P01': 'the password or user name was rejected',
  '3D000': 'the database does not exist',
};
/** SQLite's own result code for a file that is not a database (corrupt, or something else entirely). */
const SQLITE_NOTADB = 26;

/** Why a store could not be opened, in a few words safe to show (no URL, no password, no stack), when the error says. */
export const openFailureReason = (error: unknown): string | undefined => {
  const { code, errcode } = (error ?? {}) as { code?: unknown; errcode?: unknown };
  if (errcode === SQLITE_NOTADB) return 'the file is not a database (damaged, or another kind of file)';
  if (typeof code !== 'string') return undefined;
  const meaning = OPEN_FAILURES[code];
  return meaning ? `${meaning} (${code})` : code;
};

/** A one-line reason a store could not be opened, safe to show (no URL, no password, no stack). */
export const describeOpenFailure = (error: unknown): string => {
  const reason = openFailureReason(error);
  return reason === undefined ? 'the database could not be opened' : `the database could not be opened: ${reason}`;
};
