/**
 * Reads a plain-text policy as a sequence of blocks: headings and paragraphs. A heading is a
 * short line with no sentence punctuation at its end; a list item starts with "-", "*", "•",
 * "1." or "a)"; a "Label: value" line ("Next review date: 01/02/2026") is a key fact, not a
 * heading; everything else is a paragraph. Markdown `# Heading` lines are headings too.
 */
export type Block =
  | {
      readonly kind: 'heading';
      readonly text: string;
      /** How deep the heading says it is: "2." and "#" are 1, "2.1" and "##" are 2; absent when it does not say. */
      readonly level?: number;
      /** Numbered ("1. Purpose"): a part of the policy, never its title. */
      readonly numbered?: true;
    }
  | {
      readonly kind: 'paragraph';
      readonly text: string;
      /** A list item: marked ("- Share…", "2. Post…"), or an unmarked line right under a "…must not:" line. */
      readonly item?: boolean;
    };

const MAX_HEADING_CHARS = 70;
const MAX_HEADING_WORDS = 9;

/** "- ", "* ", "• ", "1. ", "2) ", "a) ", "(b) ": the marker of a list item. */
export const ITEM_MARKER = /^\s*(?:[-•*▪◦‣–]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))\s+/;
const BULLET = /^\s*[-•*▪◦‣–]\s+/;
/** "2.1 Personal accounts", "3. Breaches": the number says how deep the heading is. */
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/;
/** "Policy owner: Marcus Okonjo": a key fact. "Section 2: Personal accounts" is still a heading. */
const KEY_FACT = /^(?!(?:part|section|chapter|appendix|annex|schedule)\b)[\p{L}][\p{L}\p{N}'’ ()/&-]{1,40}:\s*\S/iu;

const headingShaped = (line: string): boolean =>
  line.length <= MAX_HEADING_CHARS &&
  !line.includes('\t') &&
  !/[.:;!?,)"'’]$/.test(line) &&
  !KEY_FACT.test(line) &&
  line.split(/\s+/).length <= MAX_HEADING_WORDS &&
  /^[\p{Lu}\p{N}]/u.test(line);

/** The item marker removed: "- Share a name." → "Share a name.". */
export const withoutMarker = (text: string): string => text.replace(ITEM_MARKER, '').trim();

interface LineContext {
  readonly previous: Block | undefined;
  /** No blank line between the previous block and this line. */
  readonly adjacent: boolean;
  /** The number of the last numbered top-level heading ("2. What you must not do" → 2), if any. */
  readonly lastHeadingNumber: number | undefined;
}

/** A list is open: the previous block introduces one ("…must not:") or is one of its items. */
const inList = ({ previous }: LineContext): boolean =>
  previous?.kind === 'paragraph' && (previous.item === true || previous.text.trimEnd().endsWith(':'));

const wordCount = (text: string): number => text.trim().split(/\s+/).length;
/** Long enough to be an item rather than a heading: "Employees using personal social media accounts during company time". */
const ITEM_WORDS = 6;

/**
 * A short line right after "…include:" (or after such an item written in **bold**) is a list
 * item, not a heading; so is an unmarked line straight under an unmarked item, with no blank
 * line between them, and a long unpunctuated line after a long unpunctuated item.
 */
const continuesList = ({ previous, adjacent }: LineContext, line: string): boolean => {
  if (previous?.kind !== 'paragraph') return false;
  const unmarkedItem = previous.item === true && !ITEM_MARKER.test(previous.text);
  const unpunctuatedItems = unmarkedItem && !/[.!?]$/.test(previous.text.trimEnd()) && wordCount(previous.text) >= ITEM_WORDS && wordCount(line) >= ITEM_WORDS;
  return (
    previous.text.trimEnd().endsWith(':') ||
    (line.includes('**') && previous.text.includes('**')) ||
    (adjacent && unmarkedItem) ||
    unpunctuatedItems
  );
};

/** A paragraph broken over lines: the line goes on from the one before, with no blank line between them. */
const WRAPPED_LINE_CHARS = 60;
const continuesParagraph = ({ previous, adjacent }: LineContext, line: string): boolean => {
  if (!adjacent || previous?.kind !== 'paragraph' || ITEM_MARKER.test(line) || /^#{1,6}\s/.test(line.trim())) return false;
  const before = previous.text.trimEnd();
  if (/[.!?:;]$/.test(before)) return false;
  if (previous.item === true && !ITEM_MARKER.test(previous.text)) return false; // an unmarked list: each line is an item
  // "- Share a customer's name or\n  phone number.": indented under a marked item, or in lower case.
  if (/^\s*\p{Ll}/u.test(line) || (previous.item === true && /^\s+\S/.test(line))) return true;
  return before.length >= WRAPPED_LINE_CHARS && previous.item !== true;
};

const classify = (line: string, context: LineContext): Block => {
  const trimmed = line.trim();
  const markdown = /^(#{1,6})\s+(.*)$/.exec(trimmed);
  if (markdown) return { kind: 'heading', text: markdown[2]!.trim(), level: markdown[1]!.length };
  const numbered = NUMBERED_HEADING.exec(trimmed);
  // "3. Good practice" after "- criticise competitors" under "2. What you must not do": the next
  // heading's number, so the bulleted list has ended. After bullets with no such number ("- post
  // client details", "3. Criticise competitors"), the list goes on, counted.
  const afterBullet = context.previous?.kind === 'paragraph' && context.previous.item === true && BULLET.test(context.previous.text);
  const nextHeading = numbered !== null && context.lastHeadingNumber !== undefined && Number(numbered[1]) === context.lastHeadingNumber + 1;
  if (numbered && ((afterBullet && nextHeading) || !(inList(context) && !numbered[1]!.includes('.'))) && headingShaped(numbered[2]!)) {
    return { kind: 'heading', text: numbered[2]!, level: numbered[1]!.split('.').length, numbered: true };
  }
  if (ITEM_MARKER.test(trimmed) && (BULLET.test(trimmed) || inList(context) || !numbered)) {
    return { kind: 'paragraph', text: line.trimEnd(), item: true };
  }
  if (continuesList(context, trimmed)) return { kind: 'paragraph', text: line.trimEnd(), item: true };
  if (headingShaped(trimmed)) return { kind: 'heading', text: trimmed };
  return { kind: 'paragraph', text: line.trimEnd() };
};

export const splitBlocks = (text: string): Block[] => {
  const blocks: Block[] = [];
  let adjacent = false;
  let lastHeadingNumber: number | undefined;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      adjacent = false;
      continue;
    }
    const context = { previous: blocks.at(-1), adjacent, lastHeadingNumber };
    if (continuesParagraph(context, line)) {
      const previous = blocks.pop() as Extract<Block, { kind: 'paragraph' }>;
      blocks.push({ ...previous, text: `${previous.text.trimEnd()} ${line.trim()}` });
    } else {
      const block = classify(line, context);
      if (block.kind === 'heading' && block.numbered === true && block.level === 1) lastHeadingNumber = Number(NUMBERED_HEADING.exec(line.trim())?.[1]);
      blocks.push(block);
    }
    adjacent = true;
  }
  return blocks;
};
