import { DraftMemo, type FoldedText } from '../normalise-text.ts';

/**
 * Sentences of a draft, shared by the detectors: a cue is judged with the words of its own
 * sentence, so an innocent word in one sentence never combines with a risky one far away.
 */

/** `[start, end)` in the folded text. */
export type Range = readonly [start: number, end: number];

/** A sentence ends at . ! ? … followed by white space, or at a line break. Dots inside links don't end one. */
const SENTENCE_END = /[.!?…]+(?=\s)|\n+/g;

const cache = new DraftMemo<readonly Range[]>();

/** The draft's sentences, computed once per draft in one linear pass. */
export const sentencesOf = (text: FoldedText): readonly Range[] => {
  const cached = cache.get(text);
  if (cached) return cached;
  const ranges: Range[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let found = SENTENCE_END.exec(text.folded); found; found = SENTENCE_END.exec(text.folded)) {
    const end = found.index + found[0].length;
    if (end > start) ranges.push([start, end]);
    start = end;
  }
  if (start < text.folded.length) ranges.push([start, text.folded.length]);
  cache.set(text, ranges);
  return ranges;
};

/** Index (into `sentencesOf`) of the sentence holding folded offset `at` (binary search). */
export const sentenceIndexAt = (text: FoldedText, at: number): number => {
  const ranges = sentencesOf(text);
  let low = 0;
  let high = ranges.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (ranges[middle]![0] <= at) low = middle;
    else high = middle - 1;
  }
  return low;
};

/** The sentence holding folded offset `index`; the whole text when there is none. */
export const sentenceAt = (text: FoldedText, index: number): Range => {
  const range = sentencesOf(text)[sentenceIndexAt(text, index)];
  return range && index >= range[0] && index < range[1] ? range : [0, text.folded.length];
};
