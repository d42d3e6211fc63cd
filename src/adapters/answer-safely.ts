import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { BotRequest, HandleRequest, Reply } from '../commands/request.ts';

/**
 * Calls the command layer and always comes back with a Reply: the command layer answers its own
 * faults, but should it ever throw, the person still gets an apology with a reference id that is
 * also in the log (never the exception text, which may quote the draft).
 */
export async function answerSafely(handle: HandleRequest, request: BotRequest, log: Logger): Promise<Reply> {
  const started = performance.now();
  try {
    const reply = await handle(request);
    // The command layer logs the facts (verdict, clauses); this adds the adapter's view of the time taken.
    log.debug({ platform: request.actor.platform, kind: request.kind, durationMs: Math.round(performance.now() - started) }, 'request answered');
    return reply;
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    log.error({ platform: request.actor.platform, kind: request.kind, reference, error: error instanceof Error ? error.name : 'unknown' }, 'request failed');
    const text = `Sorry, something went wrong on our side. If it keeps happening, tell the policy owner the reference ${reference}.`;
    return { visibility: 'private', blocks: [{ type: 'text', text }], fallbackText: text };
  }
}
