import { ITEM_MARKER, withoutMarker } from './split-blocks.ts';

/**
 * Lists of advice in a plain-text policy, which become the walkthrough: a run of short titled
 * pieces of advice ("Know the network. Employees should…"), or a list under a heading or line
 * that says it is advice ("Good habits", "Top tips", "…should follow these habits:").
 */

/** How many pieces of advice in a row make a list (two could be any two paragraphs). */
export const MIN_ADVICE_ITEMS = 3;

const TITLED_ITEM = /^\s*(\p{Lu}[^.!?:\n]{2,60}[.!?])\s+\p{Lu}/u;
const MAX_TITLE_WORDS = 7;

/** "Know the social network. Employees should…" → "Know the social network"; undefined for an untitled paragraph. */
export const itemTitle = (paragraph: string): string | undefined => {
  const title = TITLED_ITEM.exec(withoutMarker(paragraph))?.[1];
  return title && title.split(/\s+/).length <= MAX_TITLE_WORDS ? title.replace(/[.!?]$/, '') : undefined;
};

/** "Good habits", "Top tips", "Basic advice", "Best practice", "Dos", "Golden rules". */
export const ADVICE_HEADING = /\b(?:habits?|tips?|advice|good practice|best practice|golden rules|dos\b|do['’]s\b|how to post well)/i;

/** "Everyone who posts should follow these habits:", "Always:", "Remember to:". */
export const ADVICE_LEAD = /(?:\b(?:habits?|tips?|advice|good practice|best practice|always|remember(?: to)?)\b[^.]*|^\s*do\s*):\s*$/i;

/** Whether `paragraph` carries a list marker ("- ", "• ", "1. "). */
export const isMarked = (paragraph: string): boolean => ITEM_MARKER.test(paragraph);

/** How many marked list items start at `start`, one after another. */
export const markedRun = (paragraphs: readonly string[], start: number): number => {
  let end = start;
  while (end < paragraphs.length && isMarked(paragraphs[end]!)) end += 1;
  return end - start;
};

/** Whether `MIN_ADVICE_ITEMS` titled pieces of advice start at `start`. */
export const titledRunAt = (paragraphs: readonly string[], start: number): boolean =>
  paragraphs.slice(start, start + MIN_ADVICE_ITEMS).filter((paragraph) => itemTitle(paragraph)).length === MIN_ADVICE_ITEMS;
