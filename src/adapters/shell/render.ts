import { readableMentions } from '../../commands/present/person.ts';
import type { Reply, ReplyBlock, ReplyButton } from '../../commands/request.ts';
import { boldSegments } from '../bold-segments.ts';

/** ANSI styles, used only when the terminal is a TTY and colour is wanted. */
const STYLE = { bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', green: '\x1b[32m', cyan: '\x1b[36m', reset: '\x1b[0m' } as const;
type StyleName = Exclude<keyof typeof STYLE, 'reset'>;

export interface RenderOptions {
  readonly colour: boolean;
}

/** What a person types in the shell to press a button: `/next` for `walkthrough.next`. */
export const buttonCommand = (button: Pick<ReplyButton, 'actionId'>): string => `/${button.actionId.slice(button.actionId.lastIndexOf('.') + 1)}`;

const VERDICT_COLOUR: Readonly<Record<string, StyleName>> = { STOP: 'red', CAUTION: 'yellow', OK: 'green' };

const indent = (text: string, prefix: string): string =>
  text
    .split('\n')
    .map((line) => `${prefix}${line}`.trimEnd())
    .join('\n');

const renderBlock = (block: ReplyBlock, paint: (style: StyleName, text: string) => string): string => {
  switch (block.type) {
    case 'heading': {
      const word = /^(STOP|CAUTION|OK)\b/.exec(block.text)?.[1];
      const colour = word ? VERDICT_COLOUR[word] : undefined;
      return colour ? paint('bold', paint(colour, block.text)) : paint('bold', block.text);
    }
    case 'text':
      return block.text;
    case 'quote':
      return `${indent(boldSegments(block.text).map((segment) => (segment.bold ? paint('bold', segment.text) : segment.text)).join(''), '  │ ')}${block.source ? `\n  ${paint('dim', `(${block.source})`)}` : ''}`;
    case 'finding': {
      const word = block.severity === 'stop' ? 'STOP' : 'CAUTION';
      const lines = [`- ${paint(VERDICT_COLOUR[word] ?? 'bold', word)} ${paint('cyan', block.clause)}: ${block.reason}`];
      if (block.excerpt) lines.push(`    "${block.excerpt}"`);
      if (block.rewrite) lines.push(`    Try instead: ${block.rewrite}`);
      return lines.join('\n');
    }
    case 'fields':
      return block.fields.map((field) => `  ${paint('bold', field.label)}: ${field.value}`).join('\n');
    case 'actions':
      return paint('dim', `Type ${block.buttons.map((button) => `${buttonCommand(button)} (${button.label})`).join(', or ')}.`);
    case 'context':
      return paint('dim', block.text);
    default: {
      const unreachable: never = block;
      return unreachable;
    }
  }
};

/** A reply as terminal text: the same words as the fallback text (people as `@id`), laid out for reading, coloured on request. */
export const renderReply = (reply: Reply, { colour }: RenderOptions): string => {
  const paint = (style: StyleName, text: string): string => (colour ? `${STYLE[style]}${text}${STYLE.reset}` : text);
  return readableMentions(reply.blocks.map((block) => renderBlock(block, paint)).join('\n'));
};
