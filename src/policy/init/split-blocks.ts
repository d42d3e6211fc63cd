/**
 * Reads a plain-text policy as a sequence of blocks: headings and paragraphs. A heading is a
 * short line with no sentence punctuation at its end; a list item starts with "-", "•" or "*";
 * everything else is a paragraph. Markdown-style `# Heading` lines are headings too.
 */
export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string };

const MAX_HEADING_CHARS = 70;
const MAX_HEADING_WORDS = 9;

const looksLikeHeading = (line: string): boolean => {
  if (/^#{1,6}\s/.test(line)) return true;
  if (line.length > MAX_HEADING_CHARS || line.includes('\t')) return false;
  if (/^[-•*]\s/.test(line) || /[.:;!?,)"'’]$/.test(line)) return false;
  return line.split(/\s+/).length <= MAX_HEADING_WORDS && /^[\p{Lu}\p{N}]/u.test(line);
};

/**
 * A short line right after "…include:" (or after such an item written in **bold**) is a list
 * item, not a heading.
 */
const continuesList = (previous: Block | undefined, line: string): boolean =>
  previous !== undefined && previous.kind === 'paragraph' && (previous.text.trimEnd().endsWith(':') || (line.includes('**') && previous.text.includes('**')));

export const splitBlocks = (text: string): Block[] => {
  const blocks: Block[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const heading = looksLikeHeading(trimmed) && !continuesList(blocks.at(-1), trimmed);
    blocks.push(heading ? { kind: 'heading', text: trimmed.replace(/^#{1,6}\s+/, '') } : { kind: 'paragraph', text: line.trimEnd() });
  }
  return blocks;
};
