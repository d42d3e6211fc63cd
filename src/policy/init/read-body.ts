import { ADVICE_HEADING, ADVICE_LEAD, MIN_ADVICE_ITEMS, isMarked, itemTitle, markedRun, titledRunAt } from './advice-list.ts';
import { PROHIBITION_HEADING, RULE_LIST_LEAD } from './prohibition-list.ts';
import { sentencesOf } from './sentences.ts';

/**
 * The paragraphs under one heading, read as plain text, prohibition lists and advice lists, in
 * the order the policy gives them.
 */
export type BodySegment =
  | { readonly kind: 'text'; readonly paragraphs: readonly string[] }
  /** `lead` says what the items are ("Staff must not:", or the heading "Things you must not do"); `leadParagraph` is quoted with each. */
  | { readonly kind: 'rules'; readonly lead: string; readonly leadParagraph?: string; readonly items: readonly (readonly string[])[] }
  /** `lead` introduces the advice ("…follow these habits:") when the policy has such a line. */
  | { readonly kind: 'advice'; readonly lead?: string; readonly items: readonly (readonly string[])[] };

/** A paragraph that explains the rule before it, or makes an exception to it, rather than starting a new one. */
const ELABORATION =
  /^\s*(?:this|these|that|such|for (?:example|instance)|e\.g\.|in particular|if|unless|however|although|except)\b|^\s*[\p{L} ]{3,40}\b(?:includes?|means|covers)\b/iu;

interface Consumed {
  readonly segment: BodySegment;
  readonly next: number;
}

/** The rules after a lead at `leadIndex` (or after the heading as lead, `leadIndex` -1). */
const readRules = (paragraphs: readonly string[], leadIndex: number, lead: string): Consumed => {
  const items: string[][] = [];
  let index = leadIndex + 1;
  const marked = isMarked(paragraphs[index]!);
  for (; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index]!;
    if (RULE_LIST_LEAD.test(paragraph)) break;
    const explains = items.length > 0 && !isMarked(paragraph) && ELABORATION.test(paragraph);
    if (explains) items.at(-1)!.push(paragraph);
    else if (marked && !isMarked(paragraph)) break; // a marked list ends at the first unmarked paragraph that is not an explanation
    else items.push([paragraph]);
  }
  const leadParagraph = leadIndex >= 0 ? paragraphs[leadIndex] : undefined;
  return { segment: { kind: 'rules', lead, ...(leadParagraph ? { leadParagraph } : {}), items }, next: index };
};

/** The advice at `start`: titled paragraphs to the end, or a marked list, or the paragraphs after an advice lead. */
const readAdvice = (paragraphs: readonly string[], start: number, titled: boolean): Consumed => {
  const lead = start > 0 && paragraphs[start - 1]!.trimEnd().endsWith(':') ? paragraphs[start - 1] : undefined;
  const items: string[][] = [];
  let index = start;
  for (; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index]!;
    if (titled ? itemTitle(paragraph) : !isMarked(paragraphs[start]!) || isMarked(paragraph)) items.push([paragraph]);
    else if (titled || ELABORATION.test(paragraph)) items.at(-1)!.push(paragraph);
    else break;
  }
  return { segment: { kind: 'advice', ...(lead ? { lead } : {}), items }, next: index };
};

/** At most two sentences, and not a line that introduces a list. */
const isShortPiece = (paragraph: string): boolean =>
  paragraph.length <= MAX_PIECE_CHARS && !paragraph.trimEnd().endsWith(':') && sentencesOf(paragraph).length <= 2;
const MAX_PIECE_CHARS = 250;

/** Whether advice starts at `index`: titled pieces, or enough list items where the heading or the line before says they are advice. */
const adviceAt = (heading: string, paragraphs: readonly string[], index: number): 'titled' | 'listed' | undefined => {
  if (titledRunAt(paragraphs, index)) return 'titled';
  const previous = index > 0 ? paragraphs[index - 1]! : '';
  const saysAdvice = ADVICE_HEADING.test(heading) || ADVICE_LEAD.test(previous);
  if (!saysAdvice || RULE_LIST_LEAD.test(previous)) return undefined;
  if (markedRun(paragraphs, index) >= MIN_ADVICE_ITEMS) return 'listed';
  // "Good habits" over short unmarked paragraphs: each is a piece of advice.
  const shortPieces = index === 0 && ADVICE_HEADING.test(heading) && paragraphs.length >= MIN_ADVICE_ITEMS && paragraphs.every(isShortPiece);
  if (shortPieces && !paragraphs.some((paragraph) => RULE_LIST_LEAD.test(paragraph))) return 'listed';
  const afterLead = previous.trimEnd().endsWith(':') && !isMarked(paragraphs[index]!) && paragraphs.length - index >= MIN_ADVICE_ITEMS;
  return afterLead && !paragraphs.slice(index).some((paragraph) => RULE_LIST_LEAD.test(paragraph)) ? 'listed' : undefined;
};

/** Reads `paragraphs`, the body under `heading`, into segments. */
export const readBody = (heading: string, paragraphs: readonly string[]): BodySegment[] => {
  const segments: BodySegment[] = [];
  let text: string[] = [];
  const flush = (): void => {
    if (text.length) segments.push({ kind: 'text', paragraphs: text });
    text = [];
  };
  let index = 0;
  // "Things you must not do" over a list: the heading is the lead.
  if (paragraphs.length > 0 && PROHIBITION_HEADING.test(heading) && isMarked(paragraphs[0]!)) {
    const { segment, next } = readRules(paragraphs, -1, heading);
    segments.push(segment);
    index = next;
  }
  while (index < paragraphs.length) {
    const paragraph = paragraphs[index]!;
    const advice = adviceAt(heading, paragraphs, index);
    const rulesLead = RULE_LIST_LEAD.test(paragraph) && index < paragraphs.length - 1;
    if (!advice && !rulesLead) {
      text.push(paragraph);
      index += 1;
      continue;
    }
    const { segment, next } = advice ? readAdvice(paragraphs, index, advice === 'titled') : readRules(paragraphs, index, paragraph);
    if (segment.kind !== 'text' && segment.items.length === 0) {
      // "Staff must not:" straight before another lead has no items of its own: it is text.
      text.push(paragraph);
      index += 1;
      continue;
    }
    flush();
    segments.push(segment);
    index = next;
  }
  flush();
  return segments;
};
