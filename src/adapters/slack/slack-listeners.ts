import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Actor, HandleRequest, Reply } from '../../commands/request.ts';
import { answerSafely } from '../answer-safely.ts';
import { commandAnswer } from './answer-in-ack.ts';
import type { DeliveryGate } from './delivery-gate.ts';
import { render, renderHome } from './render.ts';
import { postToResponseUrl } from './response-url.ts';
import { registerSlashCommand } from './slash-command-listener.ts';
import { CHECK_MESSAGE_CALLBACK_ID, deliveryKey, homeOpenedActor, toBotRequest } from './to-request.ts';

/**
 * Bolt listeners: acknowledge, skip redeliveries, translate, hand to the command layer, render.
 * The ack never waits on the database: the shared delivery record is consulted only after it
 * (the slash command, whose answer may ride in the ack, bounds its wait instead).
 */

export interface SlackListenerDeps {
  readonly handle: HandleRequest;
  readonly gate: DeliveryGate;
  readonly log: Logger;
  /** The App Home content for a person, when the command layer offers it. */
  readonly home?: ((actor: Actor) => Promise<Reply>) | undefined;
  /** Registers work so stop() can let it finish. */
  readonly track: (work: Promise<void>) => Promise<void>;
  /** How long a slash command's answer may take and still ride in its ack; 0 turns that off. */
  readonly inlineReplyMs: number;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}

/** Registers the command, shortcut, button, DM and App Home listeners on `app`. */
export function registerSlackListeners(app: App, deps: SlackListenerDeps): void {
  const { handle, log } = deps;

  /** Runs `work` for the first delivery of `body` only; a failing shared record means answer anyway. */
  const once = (body: unknown, source: string, work: () => Promise<void>): Promise<void> => {
    const key = deliveryKey(body);
    if (key !== undefined && !deps.gate.firstHere(key)) {
      deps.gate.skipped(key, source);
      return Promise.resolve();
    }
    return deps.track(
      (async () => {
        if (key !== undefined && deps.gate.shared && !(await deps.gate.firstShared(key, source))) {
          deps.gate.skipped(key, source);
          return;
        }
        await work();
      })().catch((error: unknown) => {
        log.error({ platform: 'slack', source, error: errorName(error) }, 'slack answer could not be delivered');
      }),
    );
  };

  /** The interaction's `response_url`, when it has one (commands, message shortcuts, buttons on messages). */
  const responseUrlOf = (body: unknown): string | undefined => {
    const url = (body as { response_url?: unknown }).response_url;
    return typeof url === 'string' && url !== '' ? url : undefined;
  };

  const respondPrivately = async (responseUrl: string, reply: Reply, replaceOriginal: boolean): Promise<void> => {
    await postToResponseUrl(responseUrl, { ...commandAnswer(reply), replace_original: replaceOriginal });
  };

  registerSlashCommand(app, { handle, gate: deps.gate, log, track: deps.track, inlineReplyMs: deps.inlineReplyMs });

  app.shortcut(CHECK_MESSAGE_CALLBACK_ID, async ({ ack, body, client }) => {
    await ack();
    await once(body, 'shortcut', async () => {
      const request = toBotRequest({ source: 'shortcut', body });
      if (request === undefined) return;
      const reply = await answerSafely(handle, request, log);
      const responseUrl = responseUrlOf(body);
      if (responseUrl !== undefined) {
        await respondPrivately(responseUrl, reply, false);
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
      const container = (body as { container?: { is_ephemeral?: boolean } }).container;
      const responseUrl = responseUrlOf(body);
      if (responseUrl !== undefined) {
        // The next step of a private flow replaces the step whose button was pressed.
        await respondPrivately(responseUrl, reply, container?.is_ephemeral === true);
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
