import type { types } from '@slack/bolt';
import type { Reply, ReplyBlock, ReplyButton } from '../../commands/request.ts';
import { quoteLines, quotePolicyText } from '../bold-segments.ts';
import { clip } from '../clip.ts';

/**
 * Reply → Slack Block Kit. Pure. The `text` field is the reply's plain fallback (the verdict word
 * and every clause id cited) so notifications and screen readers get the gist; the blocks carry
 * the detail. Everything a person typed is escaped, so a quoted draft cannot ping `@channel`.
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
      return [{ type: 'header', text: { type: 'plain_text', text: clip(block.text, MAX_HEADER_TEXT), emoji: true } }];
    case 'text':
      return sections(escapeMrkdwn(block.text));
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
          .map((field) => mrkdwn(clip(`*${escapeMrkdwn(field.label)}*\n${escapeMrkdwn(field.value)}`, MAX_FIELD_TEXT)));
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
      return [{ type: 'context', elements: [mrkdwn(clip(escapeMrkdwn(block.text), MAX_SECTION_TEXT))] }];
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
  return { text: clip(escapeMrkdwn(reply.fallbackText), MAX_TEXT), blocks: renderBlocks(reply, MAX_MESSAGE_BLOCKS) };
}

/** Renders a reply as the App Home tab (`views.publish`). */
export function renderHome(reply: Reply): types.HomeView {
  return { type: 'home', blocks: renderBlocks(reply, MAX_HOME_BLOCKS) };
}
