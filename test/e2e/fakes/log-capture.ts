import { pino, type Logger } from 'pino';

/**
 * A pino logger that writes into memory, so a test can read every line an adapter (and the SDKs
 * through it) logged, wait for a line, and assert that no draft or token is anywhere in them.
 */
export interface CapturedLogs {
  readonly logger: Logger;
  /** Every line so far, as written (JSON). */
  text(): string;
  lines(): Record<string, unknown>[];
  /** Resolves with the first line (already written or still to come) whose `msg` is `msg`. */
  waitFor(msg: string, where?: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
}

/** Captures logs at `level` (debug unless told), the level at which the SDKs say the most. */
export function captureLogs(level = 'debug'): CapturedLogs {
  const written: string[] = [];
  const waiting: { msg: string; where: (line: Record<string, unknown>) => boolean; resolve: (line: Record<string, unknown>) => void }[] = [];
  const parse = (raw: string): Record<string, unknown> => JSON.parse(raw) as Record<string, unknown>;
  const stream = {
    write(raw: string) {
      written.push(raw);
      const line = parse(raw);
      for (const waiter of [...waiting]) {
        if (line.msg === waiter.msg && waiter.where(line)) {
          waiting.splice(waiting.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    },
  };
  return {
    logger: pino({ level }, stream),
    text: () => written.join(''),
    lines: () => written.map(parse),
    waitFor(msg, where = () => true) {
      const found = written.map(parse).find((line) => line.msg === msg && where(line));
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve) => waiting.push({ msg, where, resolve }));
    },
  };
}
