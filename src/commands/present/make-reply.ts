import type { Reply, ReplyBlock } from '../request.ts';
import { readableMentions } from './person.ts';

/**
 * The plain text of a reply, built from its blocks so the two cannot disagree: every finding
 * names its clause and severity word, every quote its source clause. People are shown as `@id`.
 */
export const plainText = (blocks: readonly ReplyBlock[]): string =>
  readableMentions(
    blocks
      .map((block): string => {
        switch (block.type) {
          case 'heading':
          case 'text':
          case 'context':
            return block.text;
          case 'quote': {
            const quoted = block.text
              .split('\n')
              .map((line) => `> ${line}`.trimEnd())
              .join('\n');
            return block.source ? `${quoted}\n(${block.source})` : quoted;
          }
          case 'finding': {
            const excerpt = block.excerpt ? ` "${block.excerpt}"` : '';
            const rewrite = block.rewrite ? `\n  Try instead: ${block.rewrite}` : '';
            return `${block.severity.toUpperCase()} ${block.clause}: ${block.reason}${excerpt}${rewrite}`;
          }
          case 'fields':
            return block.fields.map((field) => `${field.label}: ${field.value}`).join('\n');
          case 'actions':
            // Buttons do nothing in a notification; the blocks carry them.
            return '';
          default: {
            const unreachable: never = block;
            return unreachable;
          }
        }
      })
      .filter((text) => text !== '')
      .join('\n'),
  );

/** A reply whose fallback text is its blocks in plain words. Answers to one person are private. */
export const makeReply = (blocks: readonly ReplyBlock[], visibility: Reply['visibility'] = 'private'): Reply => ({
  visibility,
  blocks,
  fallbackText: plainText(blocks),
});
