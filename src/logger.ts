import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

/**
 * Structured logs on standard error. Log lines carry kind, ids, verdict, clause ids and duration,
 * never what a person wrote nor a token. Callers never pass those in the first place; redaction by
 * key name (three levels deep) is the second line of defence for a field added carelessly later.
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

const SENSITIVE: ReadonlySet<string> = new Set(SENSITIVE_KEYS);
const CENSOR = '[redacted]';
/** How deep keys are looked at: the top level and two levels down. */
const DEPTH = 2;

/**
 * `value` with every sensitive key's value replaced, down to DEPTH. Copy on write: the caller's
 * objects are never changed, and a log line with nothing sensitive costs one pass over its keys.
 * (pino's path-based redaction with wildcards took about a tenth of the bot's CPU under load.)
 */
export const redactSensitive = <T>(value: T, depth = 0): T => {
  if (typeof value !== 'object' || value === null) return value;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    const replaced = SENSITIVE.has(key) ? CENSOR : depth < DEPTH ? redactSensitive(child, depth + 1) : child;
    if (replaced === child) continue;
    // Arrays stay arrays; other objects (errors included) keep their prototype and own properties.
    copy ??= Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : Object.create(Object.getPrototypeOf(value), Object.getOwnPropertyDescriptors(value));
    copy![key] = replaced;
  }
  return (copy ?? value) as T;
};

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
      formatters: { log: (object) => redactSensitive(object), bindings: (bindings) => redactSensitive(bindings) },
    },
    // Asynchronous: a synchronous write per line cost the Slack bench about a tenth of its CPU under
    // load (a busy pipe blocks the event loop). Lines written while one write is in flight go out
    // together, and pino flushes what is left synchronously on exit, so the last lines are kept.
    destination ?? pino.destination({ fd: 2, sync: false }),
  );
