import type { types } from '@slack/bolt';
import type { Reply, ReplyBlock, ReplyButton } from '../../commands/request.ts';
import { mentionedIds, renderMentions } from '../../commands/present/person.ts';
import { quoteLines, quotePolicyText } from '../bold-segments.ts';
import { clip } from '../clip.ts';

/**
 * Reply → Slack Block Kit. Pure. The `text` field is the reply's plain fallback (the verdict word
 * and every clause id cited) so notifications and screen readers get the gist; the blocks carry
 * the detail. Everything a person typed is escaped, so a quoted draft cannot ping `@channel`;
 * the people a reply names (grants, status) are real mentions, which Slack shows by name.
 */

type KnownBlock = types.KnownBlock;

/** A message body for `respond`, `chat.postEphemeral` or `chat.postMessage`. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: KnownBlock[];
}

// Block Kit's documented limits; beyond them Slack rejects the whole message.
const MAX_MESSAGE_BLOCKS = 50;
const MAX_HOME_BLOCKS = 100;
const MAX_SECTION_TEXT = 3000;
const MAX_HEADER_TEXT = 150;
const MAX_FIELD_TEXT = 2000;
const MAX_FIELDS = 10;
const MAX_BUTTONS = 25;
const MAX_BUTTON_LABEL = 75;
const MAX_BUTTON_VALUE = 2000;
const MAX_TEXT = 39_000;

/** Slack's three control characters; escaping them turns `<!channel>` or `<@U…>` into plain text. */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A Slack user id (`U…`, or `W…` on Enterprise Grid); anything else cannot be mentioned. */
const SLACK_USER_ID = /^[UW][A-Z0-9]+$/;
/** `@U…` in plain text, as the command layer's plain fallback writes a person. */
const PLAIN_PERSON = /(?<![\w@])@([UW][A-Z0-9]+)(?![A-Za-z0-9])/g;

/** Marked people are already escaped with the rest of the text. */
function slackMention(userId: string): string {
  return SLACK_USER_ID.test(userId) ? `<@${userId}>` : `@${userId}`;
}

/** The command layer's words as mrkdwn: escaped, with the people it names as mentions. */
function prose(text: string): string {
  return renderMentions(escapeMrkdwn(text), slackMention);
}

/** The texts of a block that may name people (never a draft or the policy's words). */
function namingTexts(block: ReplyBlock): string[] {
  switch (block.type) {
    case 'heading':
    case 'text':
    case 'context':
      return [block.text];
    case 'fields':
      return block.fields.flatMap((field) => [field.label, field.value]);
    default:
      return [];
  }
}

/**
 * The fallback `text`, escaped. The plain fallback writes people as `@U…`; those the blocks name
 * become mentions here too, so a notification shows names as the message does.
 */
function fallbackText(reply: Reply): string {
  const named = new Set(reply.blocks.flatMap(namingTexts).flatMap(mentionedIds));
  const text = prose(reply.fallbackText);
  return named.size === 0 ? text : text.replace(PLAIN_PERSON, (plain, userId: string) => (named.has(userId) ? `<@${userId}>` : plain));
}

function mrkdwn(text: string): types.MrkdwnElement {
  return { type: 'mrkdwn', text };
}

/** Long text becomes several sections rather than being cut off. */
function sections(text: string): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (let start = 0; start < text.length; start += MAX_SECTION_TEXT) {
    blocks.push({ type: 'section', text: mrkdwn(text.slice(start, start + MAX_SECTION_TEXT)) });
  }
  return blocks;
}

function quoted(text: string): string {
  return quoteLines(text, escapeMrkdwn);
}

/** The policy's own words: escaped, except its `**bold**`, which the platform shows as bold. */
function policyQuote(text: string): string {
  return quotePolicyText(text, escapeMrkdwn, (escaped) => `*${escaped}*`);
}

function button(spec: ReplyButton): types.Button {
  return {
    type: 'button',
    action_id: spec.actionId,
    text: { type: 'plain_text', text: clip(spec.label, MAX_BUTTON_LABEL), emoji: true },
    value: spec.value.slice(0, MAX_BUTTON_VALUE),
    ...(spec.style === undefined ? {} : { style: spec.style }),
  };
}

function renderBlock(block: ReplyBlock): KnownBlock[] {
  switch (block.type) {
    case 'heading':
      // A header is plain text and cannot mention anyone: a heading naming a person is bold mrkdwn.
      if (mentionedIds(block.text).length > 0) return [{ type: 'section', text: mrkdwn(`*${clip(prose(block.text), MAX_HEADER_TEXT)}*`) }];
      return [{ type: 'header', text: { type: 'plain_text', text: clip(block.text, MAX_HEADER_TEXT), emoji: true } }];
    case 'text':
      return sections(prose(block.text));
    case 'quote': {
      const source = block.source === undefined ? '' : `\n_${escapeMrkdwn(block.source)}_`;
      return sections(`${policyQuote(block.text)}${source}`);
    }
    case 'finding': {
      const word = block.severity === 'stop' ? ':octagonal_sign: *STOP*' : ':warning: *CAUTION*';
      const lines = [`${word} · \`${escapeMrkdwn(block.clause)}\``, escapeMrkdwn(block.reason)];
      if (block.excerpt !== '') lines.push(quoted(block.excerpt));
      if (block.rewrite !== undefined) lines.push(`*Try instead:* ${escapeMrkdwn(block.rewrite)}`);
      return sections(lines.join('\n'));
    }
    case 'fields': {
      const blocks: KnownBlock[] = [];
      for (let start = 0; start < block.fields.length; start += MAX_FIELDS) {
        const fields = block.fields
          .slice(start, start + MAX_FIELDS)
          .map((field) => mrkdwn(clip(`*${prose(field.label)}*\n${prose(field.value)}`, MAX_FIELD_TEXT)));
        blocks.push({ type: 'section', fields });
      }
      return blocks;
    }
    case 'actions': {
      const blocks: KnownBlock[] = [];
      for (let start = 0; start < block.buttons.length; start += MAX_BUTTONS) {
        blocks.push({ type: 'actions', elements: block.buttons.slice(start, start + MAX_BUTTONS).map(button) });
      }
      return blocks;
    }
    case 'context':
      return [{ type: 'context', elements: [mrkdwn(clip(prose(block.text), MAX_SECTION_TEXT))] }];
  }
}

function renderBlocks(reply: Reply, limit: number): KnownBlock[] {
  const blocks = reply.blocks.flatMap(renderBlock);
  if (blocks.length <= limit) return blocks;
  // The fallback text still carries everything; say so rather than fail the whole message.
  return [...blocks.slice(0, limit - 1), { type: 'context', elements: [mrkdwn('_Shortened to fit Slack; the full answer is in the notification text._')] }];
}

/** Renders a reply as a Slack message: Block Kit plus the plain `text` fallback. */
export function render(reply: Reply): SlackMessage {
  // The fallback quotes drafts too: escaped, so a draft's `<!channel>` or `<@U…>` never notifies anyone.
  return { text: clip(fallbackText(reply), MAX_TEXT), blocks: renderBlocks(reply, MAX_MESSAGE_BLOCKS) };
}

/** Renders a reply as the App Home tab (`views.publish`). */
export function renderHome(reply: Reply): types.HomeView {
  return { type: 'home', blocks: renderBlocks(reply, MAX_HOME_BLOCKS) };
}
