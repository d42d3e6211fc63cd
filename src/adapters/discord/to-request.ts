import { z } from 'zod';
import { normaliseMentions } from '../../commands/parse-command.ts';
import { withoutMentionMarks } from '../../commands/present/person.ts';
import type { Actor, BotRequest } from '../../commands/request.ts';
import { CHECK_MESSAGE_COMMAND_NAME, findSubcommand, POLICY_COMMAND_NAME } from './command-data.ts';

/**
 * Discord gateway payloads (`INTERACTION_CREATE`, `MESSAGE_CREATE` in a DM) → BotRequest. Pure:
 * the raw API shapes are parsed with zod here. Typed options are joined into the command text
 * the one parser reads, a user option written as a mention (`<@id>`) as Discord would write it.
 * A message's own text (a DM, a message checked from the context menu) never reaches that
 * parser, so its mentions are normalised here to the same `@id` a `/policy check` draft gets.
 */

/** The Discord inputs the adapter translates: the `d` of a gateway dispatch. */
export type DiscordInput =
  | { readonly source: 'interaction'; readonly payload: unknown }
  | { readonly source: 'message'; readonly payload: unknown };

// Discord's interaction and option type numbers (API v10).
const InteractionType = { ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4 } as const;
const CommandType = { ChatInput: 1, Message: 3 } as const;
const OptionType = { Subcommand: 1, User: 6 } as const;
const ComponentType = { Button: 2 } as const;
/** Separates action id and value inside a button's `custom_id` (Discord buttons have no value). */
export const CUSTOM_ID_SEPARATOR = '|';

const snowflake = z.string().regex(/^\d{1,20}$/);
const user = z.object({ id: snowflake, username: z.string().optional(), global_name: z.string().nullish(), bot: z.boolean().optional() });

interface RawOption {
  readonly name: string;
  readonly type: number;
  readonly value?: string | number | boolean | undefined;
  readonly focused?: boolean | undefined;
  readonly options?: readonly RawOption[] | undefined;
}
const option: z.ZodType<RawOption> = z.lazy(() =>
  z.object({
    name: z.string(),
    type: z.number().int(),
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
    focused: z.boolean().optional(),
    options: z.array(option).optional(),
  }),
);

const interaction = z.object({
  type: z.number().int(),
  guild_id: snowflake.optional(),
  member: z.object({ user }).optional(),
  user: user.optional(),
  data: z
    .object({
      name: z.string().optional(),
      type: z.number().int().optional(),
      options: z.array(option).optional(),
      target_id: snowflake.optional(),
      resolved: z.object({ messages: z.record(z.string(), z.object({ content: z.string().default('') })).optional() }).optional(),
      custom_id: z.string().optional(),
      component_type: z.number().int().optional(),
    })
    .optional(),
});

const message = z.object({
  guild_id: snowflake.optional(),
  author: user,
  content: z.string().default(''),
  webhook_id: snowflake.optional(),
});

function actorOf(who: z.infer<typeof user>, guildId: string | undefined): Actor {
  const displayName = who.global_name ?? who.username;
  return {
    platform: 'discord',
    userId: who.id,
    ...(guildId === undefined ? {} : { workspaceId: guildId }),
    ...(displayName === undefined ? {} : { displayName }),
  };
}

/** The command text for a `/policy` subcommand option list, or `undefined` for an unknown one. */
export function commandText(options: readonly RawOption[]): string | undefined {
  const sub = options.find((o) => o.type === OptionType.Subcommand);
  const spec = sub === undefined ? undefined : findSubcommand(sub.name);
  if (sub === undefined || spec === undefined) return undefined;
  const values: Record<string, string> = {};
  for (const o of sub.options ?? []) {
    if (o.value === undefined) continue;
    const text = withoutMentionMarks(String(o.value)).trim();
    values[o.name] = o.type === OptionType.User ? `<@${text}>` : text;
  }
  return spec.toText(values);
}

/** A message's text as the parser would see it: mentions as `@id` (Discord does not escape text). */
const messageText = (content: string): string => normaliseMentions(withoutMentionMarks(content));

/** Translates one Discord payload, or returns `undefined` when it asks nothing of the bot. */
export function toBotRequest(input: DiscordInput): BotRequest | undefined {
  if (input.source === 'message') {
    const parsed = message.safeParse(input.payload);
    // Only direct messages from people are questions; bots and webhooks are ignored.
    if (!parsed.success || parsed.data.guild_id !== undefined || parsed.data.author.bot === true) return undefined;
    const text = messageText(parsed.data.content).trim();
    if (parsed.data.webhook_id !== undefined || text === '') return undefined;
    return { kind: 'direct-message', actor: actorOf(parsed.data.author, undefined), text };
  }
  const parsed = interaction.safeParse(input.payload);
  if (!parsed.success) return undefined;
  const { type, guild_id, member, data } = parsed.data;
  const who = member?.user ?? parsed.data.user;
  if (who === undefined || data === undefined) return undefined;
  const actor = actorOf(who, guild_id);

  if (type === InteractionType.ApplicationCommand && data.type === CommandType.ChatInput && data.name === POLICY_COMMAND_NAME) {
    const text = commandText(data.options ?? []);
    return text === undefined ? undefined : { kind: 'command', actor, text };
  }
  if (type === InteractionType.ApplicationCommand && data.type === CommandType.Message && data.name === CHECK_MESSAGE_COMMAND_NAME) {
    const target = data.target_id === undefined ? undefined : data.resolved?.messages?.[data.target_id];
    return target === undefined ? undefined : { kind: 'check-message', actor, text: messageText(target.content) };
  }
  if (type === InteractionType.MessageComponent && data.component_type === ComponentType.Button && data.custom_id !== undefined) {
    const at = data.custom_id.indexOf(CUSTOM_ID_SEPARATOR);
    const actionId = at === -1 ? data.custom_id : data.custom_id.slice(0, at);
    const value = at === -1 ? '' : data.custom_id.slice(at + 1);
    return { kind: 'button', actor, actionId, value };
  }
  return undefined;
}

/** What the person has typed so far in the focused option of an autocomplete interaction. */
export function autocompleteQuery(payload: unknown): string {
  const parsed = interaction.safeParse(payload);
  if (!parsed.success || parsed.data.type !== InteractionType.Autocomplete) return '';
  const sub = parsed.data.data?.options?.find((o) => o.type === OptionType.Subcommand);
  const focused = (sub?.options ?? parsed.data.data?.options ?? []).find((o) => o.focused === true);
  return focused?.value === undefined ? '' : String(focused.value);
}

/** A clause the `explain` topic can autocomplete to. */
export interface ClauseHeading {
  readonly id: string;
  readonly heading: string;
}

const MAX_CHOICES = 25;
const MAX_CHOICE_TEXT = 100;

/** Up to 25 autocomplete choices whose heading or id contains the query (case-insensitive). */
export function topicChoices(headings: readonly ClauseHeading[], query: string): { name: string; value: string }[] {
  const wanted = query.trim().toLowerCase();
  return headings
    .filter((clause) => wanted === '' || clause.heading.toLowerCase().includes(wanted) || clause.id.includes(wanted))
    .slice(0, MAX_CHOICES)
    .map((clause) => ({ name: clause.heading.slice(0, MAX_CHOICE_TEXT), value: clause.id.slice(0, MAX_CHOICE_TEXT) }));
}
