import { checkMessageCommand, directMessage, slashCommand, USER } from '../contract/discord-payloads.ts';
import type { DiscordFake } from '../e2e/fakes/discord-fake.ts';

/**
 * Plays Discord against a connected bot through the fake gateway: `/policy` interactions and the
 * message context menu (answered by editing the deferred reply over REST) and DMs (answered with
 * a channel message). Each interaction and message has its own snowflake. One call at a time:
 * a DM's answer is the next message posted to the DM channel.
 */

/** What the bot sent back: the REST body, and its plain text (content, then each embed's description). */
export interface DiscordAnswer {
  readonly text: string;
  readonly body: Record<string, unknown>;
}

export interface DiscordDriver {
  /** `/policy <subcommand>` with string options, by `userId` (the payloads' user unless told). */
  command(subcommand: string, options: Readonly<Record<string, string>>, userId?: string): Promise<DiscordAnswer>;
  /** "Check against policy" on a message saying `content`. */
  checkMessage(content: string): Promise<DiscordAnswer>;
  directMessage(content: string): Promise<DiscordAnswer>;
}

export const DISCORD_USER = USER;
const DM_CHANNEL = '1800000000000000008';
const STRING_OPTION = 3;

/** The interaction token the payloads give an id (see discord-payloads.ts). */
const tokenOf = (id: string) => `aW50ZXJhY3Rpb246${id}ZmFrZS1pbnRlcmFjdGlvbi10b2tlbg`;

const textOf = (body: Record<string, unknown>): string => {
  const embeds = (body.embeds as { description?: string }[] | undefined) ?? [];
  return [typeof body.content === 'string' ? body.content : '', ...embeds.map((embed) => embed.description ?? '')].filter((part) => part !== '').join('\n');
};

/** Puts `userId` where a guild interaction names its person. */
const asUser = <T extends { member: { user: Record<string, unknown> } }>(payload: T, userId: string): T => ({
  ...payload,
  member: { ...payload.member, user: { ...payload.member.user, id: userId } },
});

export const createDiscordDriver = (fake: DiscordFake): DiscordDriver => {
  let next = 1_600_000_000_000_100_000n;
  const freshId = (): string => String((next += 1n));
  const answered = async (id: string, dispatch: () => void): Promise<DiscordAnswer> => {
    const edited = fake.rest.next((call) => call.method === 'PATCH' && decodeURIComponent(call.path).endsWith(`/${tokenOf(id)}/messages/@original`));
    dispatch();
    const body = (await edited).body as Record<string, unknown>;
    return { text: textOf(body), body };
  };
  return {
    command(subcommand, options, userId = USER) {
      const id = freshId();
      const values = Object.entries(options).map(([name, value]) => ({ name, type: STRING_OPTION, value }));
      return answered(id, () => fake.dispatch('INTERACTION_CREATE', asUser(slashCommand(subcommand, values, id), userId)));
    },
    checkMessage(content) {
      const id = freshId();
      return answered(id, () => fake.dispatch('INTERACTION_CREATE', { ...checkMessageCommand(content), id, token: tokenOf(id) }));
    },
    async directMessage(content) {
      const since = fake.rest.all.length;
      const sent = fake.rest.next((call) => call.method === 'POST' && call.path === `/api/v10/channels/${DM_CHANNEL}/messages`, since);
      fake.dispatch('MESSAGE_CREATE', { ...directMessage(content), id: freshId() });
      const body = (await sent).body as Record<string, unknown>;
      return { text: textOf(body), body };
    },
  };
};
