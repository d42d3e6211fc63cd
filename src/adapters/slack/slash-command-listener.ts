import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import { newFaultReference, presentFault } from '../../commands/present/error-reply.ts';
import type { HandleRequest } from '../../commands/request.ts';
import { answerSafely } from '../answer-safely.ts';
import { commandAnswer, within, type CommandAnswer } from './answer-in-ack.ts';
import type { DeliveryGate } from './delivery-gate.ts';
import { postToResponseUrl } from './response-url.ts';
import { deliveryKey, toBotRequest } from './to-request.ts';

/**
 * `/policy`: a repeat is acknowledged at once and not answered; otherwise the answer goes in the
 * ack body when it is ready within `inlineReplyMs`, and to the `response_url` when it is not (or
 * when inline replies are off, as in Socket Mode, where the ack is sent before any work starts).
 */

export interface SlashCommandDeps {
  readonly handle: HandleRequest;
  readonly gate: DeliveryGate;
  readonly log: Logger;
  readonly track: (work: Promise<void>) => Promise<void>;
  /** How long an answer may take and still ride in the ack; 0 turns inline answers off. */
  readonly inlineReplyMs: number;
}

const SOURCE = 'slash-command';

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}

const ignore = (): void => undefined;

/** Registers the `/policy` listener on `app`. */
export function registerSlashCommand(app: App, deps: SlashCommandDeps): void {
  const { gate, log } = deps;

  /** The answer, or `undefined` when there is nothing to say (a repeat seen by another instance, an unusable payload). */
  const answer = async (body: unknown, key: string | undefined): Promise<CommandAnswer | undefined> => {
    // The shared record is awaited only when there is one: a single instance answers without a hop.
    if (key !== undefined && gate.shared && !(await gate.firstShared(key, SOURCE))) {
      gate.skipped(key, SOURCE);
      return undefined;
    }
    const request = toBotRequest({ source: SOURCE, body });
    if (request === undefined) return undefined;
    return commandAnswer(await answerSafely(deps.handle, request, log));
  };

  /** A fault outside the command layer (which answers its own): an apology whose reference is also logged. */
  const apology = (error: unknown): CommandAnswer => {
    const reference = newFaultReference();
    log.error({ platform: 'slack', source: SOURCE, reference, error: errorName(error) }, 'slack answer failed');
    return commandAnswer(presentFault(reference));
  };

  const undelivered = (error: unknown): void => {
    log.error({ platform: 'slack', source: SOURCE, error: errorName(error) }, 'slack answer could not be delivered');
  };

  /** Sends an answer that missed the ack to the command's response_url. */
  const answerLater = async (answered: Promise<CommandAnswer | undefined>, responseUrl: unknown): Promise<void> => {
    const message = await answered;
    if (message === undefined) return;
    if (typeof responseUrl !== 'string' || responseUrl === '') {
      log.warn({ platform: 'slack', source: SOURCE }, 'slack answer was late and the command has no response_url');
      return;
    }
    await postToResponseUrl(responseUrl, message).catch(undelivered);
  };

  app.command('/policy', async ({ ack, body }) => {
    const key = deliveryKey(body);
    if (key !== undefined && !gate.firstHere(key)) {
      await ack();
      gate.skipped(key, SOURCE);
      return;
    }
    if (deps.inlineReplyMs <= 0) {
      await ack();
      await deps.track(answerLater(answer(body, key).catch(apology), body.response_url));
      return;
    }
    const answered = answer(body, key).catch(apology);
    // Tracked from the start, so stop() lets it finish whichever way it is delivered.
    void deps.track(answered.then(ignore));
    const settled = await within(answered, deps.inlineReplyMs);
    if (settled.inTime) {
      await ack(settled.value);
      return;
    }
    await ack();
    await deps.track(answerLater(answered, body.response_url));
  });
}
