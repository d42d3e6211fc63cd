import type { FoldedText } from '../../normalise-text.ts';

/**
 * Sentence helpers for the sharing detectors: a cue is judged with the words of its own
 * sentence, so an innocent word in one sentence never combines with a risky one elsewhere.
 */

/** `[start, end)` in the folded text. */
export type Range = readonly [start: number, end: number];

/** A sentence ends at . ! ? … followed by white space, or at a line break. Dots inside links don't end one. */
const SENTENCE_END = /[.!?…]+(?=\s)|\n+/g;

const cache = new WeakMap<FoldedText, readonly Range[]>();

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

/** The sentence holding folded offset `index`. */
export const sentenceAt = (text: FoldedText, index: number): Range => {
  const ranges = sentencesOf(text);
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as Range;
    if (index < range[0]) high = middle - 1;
    else if (index >= range[1]) low = middle + 1;
    else return range;
  }
  return [0, text.folded.length];
};

/** The folded text of the sentence(s) covering `[start, end)`. */
export const sentenceTextAt = (text: FoldedText, start: number, end = start): string => {
  const first = sentenceAt(text, start);
  const last = sentenceAt(text, Math.max(start, end - 1));
  return text.folded.slice(first[0], last[1]);
};

/**
 * Words that turn a cue into its opposite when they come shortly before it in the same
 * sentence: "we never accept…", "please don't forward…", "avoid torrent sites".
 */
const NEGATION = /(?<![\p{L}])(?:don['’]?t|do not|does not|doesn['’]?t|never|won['’]?t|will not|wouldn['’]?t|would not|can['’]?t|cannot|can not|not|no longer|refuse to|avoid|stop|beware of|warning about|watch out for|careful of|decline|declined|ignore|ignored|reject|rejected|block|blocked)(?![\p{L}])/u;

/** True when a negation sits within `window` characters before folded `index`, in the same sentence. */
export const negatedBefore = (text: FoldedText, index: number, window = 40): boolean => {
  const sentenceStart = sentenceAt(text, index)[0];
  const from = Math.max(sentenceStart, index - window);
  return NEGATION.test(text.folded.slice(from, index));
};
