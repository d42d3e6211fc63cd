import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

/**
 * A Bolt/Web API/Socket Mode logger that forwards to pino without payloads. At debug level the
 * Slack SDKs log whole request bodies, WebSocket frames and API arguments (slash-command text,
 * drafts, our own replies); those all start with a JSON object or array, so each message is cut
 * where the first one begins, and anything shaped like a Slack token is masked.
 */

const MAX_MESSAGE = 300;
// Bot (xoxb), user (xoxp), app-level (xapp) and other Slack tokens; one linear character class.
const SLACK_TOKEN = /\b(?:xox[a-z]|xapp)-[A-Za-z0-9-]+/g;

/** What may be logged of one SDK log call: its words up to the first `{` or `[`, tokens masked. */
export function payloadFreeText(parts: readonly unknown[]): string {
  const words = parts
    .map((part) => {
      if (typeof part === 'string') return part;
      if (part instanceof Error) return `${part.name}: ${part.message}`;
      // Objects are payloads (bodies, headers, options): never forwarded.
      return typeof part === 'number' || typeof part === 'boolean' ? String(part) : '';
    })
    .filter((word) => word !== '')
    .join(' ');
  const payloadAt = words.search(/[{[]/);
  const kept = payloadAt === -1 ? words : words.slice(0, payloadAt);
  return kept.slice(0, MAX_MESSAGE).replace(SLACK_TOKEN, '[token]').trimEnd();
}

const boltLevel: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/** Wraps pino as Bolt's `Logger`; the level stays pino's (`LOG_LEVEL`), whatever Bolt asks for. */
export function createPayloadFreeLogger(log: Logger): BoltLogger {
  const sdk = log.child({ sdk: 'slack' });
  let name = 'bolt';
  // The level is checked first: Bolt and the Web API log on every request, mostly at debug.
  const forward = (level: 'debug' | 'info' | 'warn' | 'error') => (...parts: unknown[]) => {
    if (sdk.isLevelEnabled(level)) sdk[level]({ component: name }, payloadFreeText(parts));
  };
  return {
    debug: forward('debug'),
    info: forward('info'),
    warn: forward('warn'),
    error: forward('error'),
    // Bolt sets INFO on any logger it is given; ignoring it keeps LOG_LEVEL in charge.
    setLevel: () => undefined,
    getLevel: () => boltLevel[log.level] ?? LogLevel.INFO,
    setName: (next: string) => {
      name = next;
    },
  };
}
