import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

/**
 * Structured logs on standard error. Log lines carry kind, ids, verdict, clause ids and duration,
 * never what a person wrote nor a token. Callers never pass those in the first place; redaction by
 * path is the second line of defence for a field added carelessly later.
 */

export type { Logger } from 'pino';

/** Fields whose value is a person's words or a secret, wherever they sit in a log object. */
const SENSITIVE_KEYS = [
  'text',
  'draft',
  'question',
  'topic',
  'excerpt',
  'rewrite',
  'body',
  'payload',
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'password',
  'authorization',
  'DATABASE_URL',
  'databaseUrl',
] as const;

/** Paths for pino's redaction: each key at the top level and one and two levels down. */
export const REDACTED_PATHS: readonly string[] = SENSITIVE_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Where lines go; standard error unless a test captures them. */
  readonly destination?: DestinationStream;
}

/** The application's logger: JSON lines, sensitive fields removed. */
export const createLogger = ({ level, destination }: LoggerOptions): Logger =>
  pino(
    {
      level,
      base: undefined,
      redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    },
    // Asynchronous: a synchronous write per line cost the Slack bench about a tenth of its CPU under
    // load (a busy pipe blocks the event loop). Lines written while one write is in flight go out
    // together, and pino flushes what is left synchronously on exit, so the last lines are kept.
    destination ?? pino.destination({ fd: 2, sync: false }),
  );
