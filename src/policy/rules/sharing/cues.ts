import type { FoldedText } from '../../normalise-text.ts';
import { gated } from '../literal-gate.ts';
import { findAll, type Match } from '../match.ts';
import { negatedBefore, sentenceAt } from './sentences.ts';

/** Whole-word boundaries for hand-written patterns on the folded text. */
export const W = String.raw`(?<![\p{L}\p{N}])`;
export const E = String.raw`(?![\p{L}\p{N}])`;

/** A global whole-word pattern from alternatives written as regular-expression source (flat, no nested quantifiers). */
export const wordPattern = (alternatives: readonly string[]): RegExp => gated(new RegExp(`${W}(?:${alternatives.join('|')})${E}`, 'gu'));

/** Matches of `pattern` that no negation ("don't", "never", "avoid") shortly precedes in the same sentence. */
export const affirmed = (text: FoldedText, pattern: RegExp, window = 40): Match[] =>
  findAll(text, pattern).filter((match) => !negatedBefore(text, match.foldedStart, window));

/** True when `pattern` (non-global) matches somewhere in the sentence around folded `index`. */
export const inSentence = (text: FoldedText, index: number, pattern: RegExp): boolean => {
  const [start, end] = sentenceAt(text, index);
  return pattern.test(text.folded.slice(start, end));
};

/** True when `pattern` (non-global) matches within `radius` characters either side of the match. */
export const nearby = (text: FoldedText, match: Match, pattern: RegExp, radius = 160): boolean =>
  pattern.test(text.folded.slice(Math.max(0, match.foldedStart - radius), match.foldedEnd + radius));

const everyMatch = new WeakMap<RegExp, RegExp>();

/**
 * `nearby`, counting only matches no negation precedes in their own sentence: "we never offer
 * anything in exchange for a review" does not make a later "leave a review" a paid-for one.
 */
export const nearbyAffirmed = (text: FoldedText, match: Match, pattern: RegExp, radius = 160): boolean => {
  let global = everyMatch.get(pattern);
  if (!global) everyMatch.set(pattern, (global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
  const from = Math.max(0, match.foldedStart - radius);
  const window = text.folded.slice(from, match.foldedEnd + radius);
  global.lastIndex = 0;
  for (let found = global.exec(window); found; found = global.exec(window)) {
    if (found[0].length === 0) global.lastIndex += 1;
    else if (!negatedBefore(text, from + found.index, 60)) return true;
  }
  return false;
};
