import type { Logger } from 'pino';
import { newFaultReference, presentFault } from '../commands/present/error-reply.ts';
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
    const reference = newFaultReference();
    log.error({ platform: request.actor.platform, kind: request.kind, reference, error: error instanceof Error ? error.name : 'unknown' }, 'request failed');
    return presentFault(reference);
  }
}
