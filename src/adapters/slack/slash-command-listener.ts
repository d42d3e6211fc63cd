import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import { newFaultReference, presentFault } from '../../commands/present/error-reply.ts';
import type { HandleRequest } from '../../commands/request.ts';
import { answerSafely } from '../answer-safely.ts';
import type { AnswerOnce } from './answer-once.ts';
import { commandAnswer, type CommandAnswer } from './command-answer.ts';
import { postToResponseUrl } from './response-url.ts';
import { toBotRequest } from './to-request.ts';
import { errorName } from './error-name.ts';

/**
 * `/policy`: acknowledged empty before anything else happens (the rule of the house: Slack's
 * three seconds never depend on the delivery record or the command layer), then answered once,
 * on the command's `response_url`.
 */

export interface SlashCommandDeps {
  readonly handle: HandleRequest;
  readonly log: Logger;
  readonly once: AnswerOnce;
}

const SOURCE = 'slash-command';


/** Registers the `/policy` listener on `app`. */
export function registerSlashCommand(app: App, deps: SlashCommandDeps): void {
  const { log } = deps;

  /** The answer, or `undefined` for a payload the command layer cannot be asked about. */
  const answer = async (body: unknown): Promise<CommandAnswer | undefined> => {
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

  app.command('/policy', async ({ ack, body }) => {
    await ack();
    await deps.once(body, SOURCE, async () => {
      if (typeof body.response_url !== 'string' || body.response_url === '') {
        log.warn({ platform: 'slack', source: SOURCE }, 'slack command has no response_url to answer on');
        return;
      }
      const message = await answer(body).catch(apology);
      if (message !== undefined) await postToResponseUrl(body.response_url, message);
    });
  });
}
