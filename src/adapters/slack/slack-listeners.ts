import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Actor, HandleRequest, Reply } from '../../commands/request.ts';
import { answerSafely } from '../answer-safely.ts';
import { createAnswerOnce } from './answer-once.ts';
import { buttonAnswer, shortcutAnswer } from './command-answer.ts';
import type { DeliveryGate } from './delivery-gate.ts';
import { render, renderHome } from './render.ts';
import { postToResponseUrl } from './response-url.ts';
import { registerSlashCommand } from './slash-command-listener.ts';
import { CHECK_MESSAGE_CALLBACK_ID, homeOpenedActor, toBotRequest } from './to-request.ts';
import { errorName } from './error-name.ts';

/**
 * Bolt listeners: acknowledge, skip redeliveries, translate, hand to the command layer, render.
 * Every listener acknowledges first, empty, before the delivery record or the command layer is
 * asked; answers go to the `response_url`, or as a message (DM, ephemeral, App Home view).
 */

export interface SlackListenerDeps {
  readonly handle: HandleRequest;
  readonly gate: DeliveryGate;
  readonly log: Logger;
  /** The App Home content for a person, when the command layer offers it. */
  readonly home?: ((actor: Actor) => Promise<Reply>) | undefined;
  /** Registers work so stop() can let it finish. */
  readonly track: (work: Promise<void>) => Promise<void>;
}


/** Registers the command, shortcut, button, DM and App Home listeners on `app`. */
export function registerSlackListeners(app: App, deps: SlackListenerDeps): void {
  const { handle, log } = deps;

  const once = createAnswerOnce({ gate: deps.gate, track: deps.track, log });

  /** The interaction's `response_url`, when it has one (commands, message shortcuts, buttons on messages). */
  const responseUrlOf = (body: unknown): string | undefined => {
    const url = (body as { response_url?: unknown }).response_url;
    return typeof url === 'string' && url !== '' ? url : undefined;
  };

  registerSlashCommand(app, { handle, log, once });

  app.shortcut(CHECK_MESSAGE_CALLBACK_ID, async ({ ack, body, client }) => {
    await ack();
    await once(body, 'shortcut', async () => {
      const request = toBotRequest({ source: 'shortcut', body });
      if (request === undefined) return;
      const reply = await answerSafely(handle, request, log);
      const responseUrl = responseUrlOf(body);
      if (responseUrl !== undefined) {
        await postToResponseUrl(responseUrl, shortcutAnswer(reply));
      } else if (body.type === 'message_action') {
        await client.chat.postEphemeral({ channel: body.channel.id, user: body.user.id, ...render(reply) });
      }
    });
  });

  app.action(/^.+$/, async ({ ack, body, client }) => {
    await ack();
    await once(body, 'button', async () => {
      const request = toBotRequest({ source: 'block-action', body });
      if (request === undefined) return;
      const reply = await answerSafely(handle, request, log);
      const responseUrl = responseUrlOf(body);
      if (responseUrl !== undefined) {
        await postToResponseUrl(responseUrl, buttonAnswer(reply));
      } else {
        // A button in the App Home has nowhere to reply in place: answer in the DM.
        await client.chat.postMessage({ channel: request.actor.userId, ...render(reply) });
      }
    });
  });

  app.message(async ({ message, body, say }) => {
    const teamId = (body as { team_id?: string }).team_id;
    const request = toBotRequest({ source: 'message', event: message, teamId });
    if (request === undefined) return;
    await once(body, 'direct-message', async () => {
      await say(render(await answerSafely(handle, request, log)));
    });
  });

  app.event('app_home_opened', async ({ event, body, client }) => {
    const actor = homeOpenedActor(event, body.team_id);
    if (actor === undefined) return;
    await once(body, 'app-home', async () => {
      const reply = deps.home !== undefined ? await deps.home(actor) : await answerSafely(handle, { kind: 'command', actor, text: 'help' }, log);
      await client.views.publish({ user_id: actor.userId, view: renderHome(reply) });
    });
  });

  app.error(async (error) => {
    log.error({ platform: 'slack', error: errorName(error), code: (error as { code?: string }).code }, 'slack listener failed');
  });
}
