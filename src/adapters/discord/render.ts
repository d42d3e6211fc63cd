import { quoteLines, quotePolicyText } from '../bold-segments.ts';
import { clip } from '../clip.ts';
import { ButtonStyle, ComponentType, escapeMarkdown, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed } from 'discord.js';
import { renderMentions } from '../../commands/present/person.ts';
import type { Reply, ReplyBlock, ReplyButton } from '../../commands/request.ts';
import { CUSTOM_ID_SEPARATOR } from './to-request.ts';

/**
 * Reply → a Discord message. Pure. One embed carries the answer, its colour the most serious
 * finding; buttons become components. Mentions are never parsed, so a quoted draft cannot ping
 * anyone; the people a reply names (grants, status) are written as mentions, which Discord shows
 * by name without notifying them.
 */

/** The body for `editReply`, `reply` or a REST message (discord.js accepts the API's JSON shapes). */
export interface DiscordMessage {
  /** Only when the embed cannot hold the whole answer (or there is none). */
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  readonly allowedMentions: { readonly parse: [] };
}

// Discord's documented limits; beyond them the whole message is rejected.
const MAX_CONTENT = 2000;
const MAX_DESCRIPTION = 4096;
const MAX_ROWS = 5;
const MAX_BUTTONS_PER_ROW = 5;
const MAX_LABEL = 80;
const MAX_CUSTOM_ID = 100;

const COLOUR = { stop: 0xd83c3e, caution: 0xf0b232, neutral: 0x5865f2 } as const;

/**
 * The command layer's own words use `backticks` for commands, as on Slack: keep those as code
 * and escape the rest. What a person typed (excerpts, quotes) is escaped entirely.
 */
function prose(text: string): string {
  return renderMentions(escapeMarkdown(text, { inlineCode: false, codeBlock: false }), discordMention);
}

/** A Discord user id (a snowflake) as a mention; anything else stays `@id`. */
function discordMention(userId: string): string {
  return /^\d{1,20}$/.test(userId) ? `<@${userId}>` : `@${userId}`;
}

function quoted(text: string): string {
  return quoteLines(text, (line) => escapeMarkdown(line));
}

/** The policy's own words: escaped, except its `**bold**`, which the platform shows as bold. */
function policyQuote(text: string): string {
  return quotePolicyText(text, (plain) => escapeMarkdown(plain), (escaped) => `**${escaped}**`);
}

/** One block as embed markdown; every block is written into the description, in order. */
function describe(block: ReplyBlock): string | undefined {
  switch (block.type) {
    case 'heading':
      return `**${prose(block.text)}**`;
    case 'text':
      return prose(block.text);
    case 'quote':
      return block.source === undefined ? policyQuote(block.text) : `${policyQuote(block.text)}\n*${prose(block.source)}*`;
    case 'finding': {
      const word = block.severity === 'stop' ? '🛑 **STOP**' : '⚠️ **CAUTION**';
      const lines = [`${word} · \`${block.clause}\``, prose(block.reason)];
      if (block.excerpt !== '') lines.push(quoted(block.excerpt));
      if (block.rewrite !== undefined) lines.push(`**Try instead:** ${escapeMarkdown(block.rewrite)}`);
      return lines.join('\n');
    }
    case 'fields':
      return block.fields.map((field) => `**${prose(field.label)}:** ${prose(field.value)}`).join('\n');
    case 'context':
      return `*${prose(block.text)}*`;
    case 'actions':
      return undefined;
  }
}

function colourOf(blocks: readonly ReplyBlock[]): number {
  const severities = blocks.flatMap((block) => (block.type === 'finding' ? [block.severity] : []));
  if (severities.includes('stop')) return COLOUR.stop;
  return severities.includes('caution') ? COLOUR.caution : COLOUR.neutral;
}

/**
 * Everything goes into the description (no title, no embed fields) so that the description
 * alone carries what the plain text does: the verdict word and every clause id.
 */
function embedOf(reply: Reply): { embed: APIEmbed; complete: boolean } | undefined {
  const description = reply.blocks
    .map(describe)
    .filter((text) => text !== undefined && text !== '')
    .join('\n\n');
  if (description === '') return undefined;
  const embed = { color: colourOf(reply.blocks), description: clip(description, MAX_DESCRIPTION) };
  return { embed, complete: description.length <= MAX_DESCRIPTION };
}

const buttonStyle = { primary: ButtonStyle.Primary, danger: ButtonStyle.Danger } as const;

function buttonOf(spec: ReplyButton): APIButtonComponentWithCustomId | undefined {
  const customId = `${spec.actionId}${CUSTOM_ID_SEPARATOR}${spec.value}`;
  // A button whose id would be cut could not be routed back; it is left out rather than broken.
  if (customId.length > MAX_CUSTOM_ID) return undefined;
  return {
    type: ComponentType.Button,
    custom_id: customId,
    label: clip(spec.label, MAX_LABEL),
    style: spec.style === undefined ? ButtonStyle.Secondary : buttonStyle[spec.style],
  };
}

function componentsOf(reply: Reply): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const buttons = reply.blocks
    .flatMap((block) => (block.type === 'actions' ? block.buttons : []))
    .map(buttonOf)
    .filter((button) => button !== undefined)
    .slice(0, MAX_ROWS * MAX_BUTTONS_PER_ROW);
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let start = 0; start < buttons.length; start += MAX_BUTTONS_PER_ROW) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(start, start + MAX_BUTTONS_PER_ROW) });
  }
  return rows;
}

/**
 * Renders a reply as a Discord message: one embed with the whole answer and button rows. When
 * the answer is too long for the embed, the plain fallback goes into `content` as well, so the
 * verdict word and clause ids are still shown somewhere.
 */
export function render(reply: Reply): DiscordMessage {
  const rendered = embedOf(reply);
  return {
    ...(rendered?.complete === true ? {} : { content: clip(reply.fallbackText, MAX_CONTENT) }),
    embeds: rendered === undefined ? [] : [rendered.embed],
    components: componentsOf(reply),
    allowedMentions: { parse: [] },
  };
}
