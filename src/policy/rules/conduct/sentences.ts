import { toOriginalSpan, type FoldedText } from '../../normalise-text.ts';
import type { Span } from '../../types.ts';
import { phrasePattern, type Match } from '../match.ts';

/**
 * Sentence helpers for the conduct detectors: a cue is judged with the words of its own
 * sentence (and, for "they"/"he"/"she", the sentences just before), so an innocent word in one
 * sentence does not combine with a risky one far away.
 */

/** `[start, end)` in the folded text. */
export type Range = readonly [start: number, end: number];

/** A sentence ends at . ! ? … followed by white space, or at a line break. Dots inside links don't. */
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

/** Index (into `sentencesOf`) of the sentence holding folded offset `at`. */
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

/** Matches of a global pattern that lie inside a folded range. */
export const matchesWithin = (matches: readonly Match[], range: Range): Match[] =>
  matches.filter((match) => match.foldedStart >= range[0] && match.foldedEnd <= range[1]);

/** The original span of a folded range, without its surrounding white space. */
export const trimmedSpan = (text: FoldedText, range: Range): Span => {
  let [start, end] = range;
  while (start < end && /\s/u.test(text.folded[start]!)) start += 1;
  while (end > start && /\s/u.test(text.folded[end - 1]!)) end -= 1;
  return toOriginalSpan(text, start, end);
};

/**
 * A whole-word phrase pattern (see `phrasePattern`) that also accepts the curly apostrophe
 * wherever a phrase has a straight one ("they’re" as well as "they're").
 */
export const phrases = (list: readonly string[]): RegExp =>
  phrasePattern(list.flatMap((phrase) => (phrase.includes("'") ? [phrase, phrase.replaceAll("'", '’')] : [phrase])));

/** The words of the folded text just before `at` (up to `chars` characters). */
export const textBefore = (text: FoldedText, at: number, chars: number): string => text.folded.slice(Math.max(0, at - chars), at);
