import { toOriginalSpan, type FoldedText } from '../../normalise-text.ts';
import type { Span } from '../../types.ts';
import { gated } from '../literal-gate.ts';
import { phraseSource, type Match } from '../match.ts';
import type { Range } from '../sentences.ts';

/**
 * Sentence helpers for the conduct detectors: a cue is judged with the words of its own
 * sentence (and, for "they"/"he"/"she", the sentences just before), so an innocent word in one
 * sentence does not combine with a risky one far away.
 */

export { sentenceIndexAt, sentencesOf, type Range } from '../sentences.ts';

/** Matches of a global pattern that lie inside a folded range. */
export const matchesWithin = (matches: readonly Match[], range: Range): Match[] =>
  matches.filter((match) => match.foldedStart >= range[0] && match.foldedEnd <= range[1]);

/** Matches sorted by `foldedStart` that lie inside a folded range, found by binary search (linear overall for long drafts). */
export const sortedMatchesWithin = (sorted: readonly Match[], range: Range): Match[] => {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.foldedStart < range[0]) low = middle + 1;
    else high = middle;
  }
  const found: Match[] = [];
  for (let index = low; index < sorted.length && sorted[index]!.foldedStart < range[1]; index++) {
    if (sorted[index]!.foldedEnd <= range[1]) found.push(sorted[index]!);
  }
  return found;
};

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
export const phrases = (list: readonly string[]): RegExp => {
  const source = phraseSource(list.flatMap((phrase) => (phrase.includes("'") ? [phrase, phrase.replaceAll("'", '’')] : [phrase])));
  // Conduct patterns run on the folded text, which is already lower-case: matching without case
  // folding is faster. Built from the source alone: a case-insensitive Unicode pattern costs most to construct.
  return gated(source === undefined ? /(?!)/gu : new RegExp(source, 'gu'));
};

/** The words of the folded text just before `at` (up to `chars` characters). */
export const textBefore = (text: FoldedText, at: number, chars: number): string => text.folded.slice(Math.max(0, at - chars), at);
