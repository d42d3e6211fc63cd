import { z } from 'zod';
import type { Actor, BotRequest } from '../../commands/request.ts';
import { fromSlackText } from './from-slack-text.ts';

/**
 * Slack payloads → BotRequest. Pure: every field is parsed with zod here, at the edge, and
 * anything that is not a request from a person (a bot's message, an edit, another app's
 * shortcut) comes back as `undefined` so the adapter can acknowledge it and do nothing. Every
 * text is turned back into what the person typed (`fromSlackText`): Slack escapes `&`, `<`, `>`
 * and writes mentions and links as markup.
 */

/** The Slack inputs the adapter listens to, tagged by where Bolt delivered them. */
export type SlackInput =
  | { readonly source: 'slash-command'; readonly body: unknown }
  | { readonly source: 'shortcut'; readonly body: unknown }
  | { readonly source: 'block-action'; readonly body: unknown }
  /** A `message` event; `teamId` is the envelope's `team_id` (the event itself may lack it). */
  | { readonly source: 'message'; readonly event: unknown; readonly teamId?: string | undefined };

/** The callback id of the message shortcut declared in manifest.yml. */
export const CHECK_MESSAGE_CALLBACK_ID = 'check_message';

const id = z.string().min(1);
const optionalName = z.string().min(1).optional();

const slashCommand = z.object({
  text: z.string().default(''),
  user_id: id,
  user_name: optionalName,
  team_id: id.optional(),
});

const slackUser = z.object({ id, username: optionalName, name: optionalName, team_id: id.optional() });
const slackTeam = z.object({ id }).nullish();

const messageShortcut = z.object({
  type: z.literal('message_action'),
  callback_id: z.string(),
  user: slackUser,
  team: slackTeam,
  message: z.object({ text: z.string().default('') }),
});

const blockActions = z.object({
  type: z.literal('block_actions'),
  user: slackUser,
  team: slackTeam,
  actions: z.array(z.object({ type: z.string(), action_id: z.string().min(1), value: z.string().default('') })).min(1),
});

const messageEvent = z.object({
  type: z.literal('message'),
  channel_type: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  user: id.optional(),
  text: z.string().default(''),
  team: id.optional(),
});

const homeOpenedEvent = z.object({ type: z.literal('app_home_opened'), user: id, tab: z.string().optional() });

const deliveryIds = z.object({ event_id: id.optional(), trigger_id: id.optional() });

function actor(userId: string, workspaceId: string | undefined, displayName: string | undefined): Actor {
  return {
    platform: 'slack',
    userId,
    ...(workspaceId === undefined ? {} : { workspaceId }),
    ...(displayName === undefined ? {} : { displayName }),
  };
}

/** Translates one Slack input, or returns `undefined` when it asks nothing of the bot. */
export function toBotRequest(input: SlackInput): BotRequest | undefined {
  switch (input.source) {
    case 'slash-command': {
      const body = slashCommand.safeParse(input.body);
      if (!body.success) return undefined;
      const { user_id, team_id, user_name, text } = body.data;
      return { kind: 'command', actor: actor(user_id, team_id, user_name), text: fromSlackText(text).trim() };
    }
    case 'shortcut': {
      const body = messageShortcut.safeParse(input.body);
      if (!body.success || body.data.callback_id !== CHECK_MESSAGE_CALLBACK_ID) return undefined;
      const { user, team, message } = body.data;
      const who = actor(user.id, team?.id ?? user.team_id, user.username ?? user.name);
      return { kind: 'check-message', actor: who, text: fromSlackText(message.text) };
    }
    case 'block-action': {
      const body = blockActions.safeParse(input.body);
      if (!body.success) return undefined;
      const { user, team, actions } = body.data;
      const button = actions.find((action) => action.type === 'button');
      if (button === undefined) return undefined;
      const who = actor(user.id, team?.id ?? user.team_id, user.username ?? user.name);
      return { kind: 'button', actor: who, actionId: button.action_id, value: button.value };
    }
    case 'message': {
      const event = messageEvent.safeParse(input.event);
      if (!event.success) return undefined;
      const { channel_type, subtype, bot_id, user, text, team } = event.data;
      // Edits, deletions, joins and other bots' posts are not questions from a person.
      if (channel_type !== 'im' || subtype !== undefined || bot_id !== undefined || user === undefined) return undefined;
      const typed = fromSlackText(text).trim();
      if (typed === '') return undefined;
      return { kind: 'direct-message', actor: actor(user, team ?? input.teamId, undefined), text: typed };
    }
  }
}

/** The person whose App Home was opened, or `undefined` for the Messages tab and other events. */
export function homeOpenedActor(event: unknown, teamId: string | undefined): Actor | undefined {
  const parsed = homeOpenedEvent.safeParse(event);
  if (!parsed.success || (parsed.data.tab !== undefined && parsed.data.tab !== 'home')) return undefined;
  return actor(parsed.data.user, teamId, undefined);
}

/**
 * The key that identifies one delivery across retries and replays: the Events API `event_id`,
 * else the interaction's `trigger_id` (slash commands, shortcuts, buttons).
 */
export function deliveryKey(body: unknown): string | undefined {
  const parsed = deliveryIds.safeParse(body);
  if (!parsed.success) return undefined;
  if (parsed.data.event_id !== undefined) return `slack:event:${parsed.data.event_id}`;
  if (parsed.data.trigger_id !== undefined) return `slack:trigger:${parsed.data.trigger_id}`;
  return undefined;
}
