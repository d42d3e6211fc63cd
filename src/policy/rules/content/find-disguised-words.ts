import { hasMask, isInitialThenMasks, isPlausibleDisguise, isRealLetter } from './disguise-letters.ts';
import type { ObfuscatedWordMatcher } from './obfuscated-word-matcher.ts';
import type { WordCandidate } from './word-candidates.ts';

/** A listed word found in the draft, in folded offsets. */
export interface DisguisedWord<T> {
  readonly foldedStart: number;
  readonly foldedEnd: number;
  /** The listed form it spells ("fucking"). */
  readonly form: string;
  readonly info: T;
  /** Whether it was spelled with spaces or dots between its letters. */
  readonly spaced: boolean;
  /** Whether it was found inside a longer word ("absofuckinglutely"). */
  readonly inside: boolean;
}

/** How far a search inside a spaced run may read for one word: room for repeated letters. */
const stepsFor = (matcher: ObfuscatedWordMatcher<unknown>): number => matcher.longestForm * 3 + 4;

const realLetters = (units: readonly number[], from: number, to: number): number => {
  let count = 0;
  for (let i = from; i < to; i++) if (isRealLetter(units[i]!)) count += 1;
  return count;
};

/** Searches inside one sequence for listed forms, leftmost-longest, without overlaps. */
const searchInside = <T>(
  candidate: WordCandidate,
  matcher: ObfuscatedWordMatcher<T>,
  accept: (from: number, to: number, form: string) => boolean,
): DisguisedWord<T>[] => {
  const found: DisguisedWord<T>[] = [];
  const { units, offsets } = candidate;
  const steps = stepsFor(matcher);
  for (let index = 0; index < units.length; ) {
    if (!matcher.canStartWith(units[index]!)) {
      index += 1;
      continue;
    }
    const hit = matcher.longestAt(units, index, units.length, steps);
    if (hit && isPlausibleDisguise(units, index, hit.end) && accept(index, hit.end, hit.form)) {
      found.push({ foldedStart: offsets[index]!, foldedEnd: offsets[hit.end - 1]! + 1, form: hit.form, info: hit.info, spaced: candidate.kind === 'spaced', inside: false });
      index = hit.end;
    } else index += 1;
  }
  return found;
};

/**
 * Every listed word in the candidates: whole tokens must spell a listed form exactly (so
 * "Scunthorpe" and "assessment" never match; an initial and masks only, "f***", is read
 * with the `masked` matcher alone); spaced runs are searched inside ("what a f u c k");
 * forms in `anywhere` (words no innocent word contains) are also searched inside tokens.
 */
export const findDisguisedWords = <T>(
  candidates: readonly WordCandidate[],
  matcher: ObfuscatedWordMatcher<T>,
  anywhere?: ObfuscatedWordMatcher<T>,
  masked?: ObfuscatedWordMatcher<T>,
): DisguisedWord<T>[] => {
  const found: DisguisedWord<T>[] = [];
  for (const candidate of candidates) {
    const { units, offsets } = candidate;
    if (candidate.kind === 'spaced') {
      // Short forms inside a longer run must sit at its start or end ("a s s"), not mid-sentence.
      const accept = (from: number, to: number, form: string): boolean =>
        realLetters(units, from, to) >= 2 && (form.length >= 4 || from === 0 || to === units.length);
      for (const word of searchInside(candidate, matcher, accept)) found.push(word);
      continue;
    }
    const initialOnly = isInitialThenMasks(units, 0, units.length);
    // A masked word reads as the swear word people mask, not another word of its shape: "f***s"
    // is "fucks", though "fools" fits the masks as well.
    const maskedWhole = !initialOnly && masked && hasMask(units) ? masked.matchWhole(units, 0, units.length) : undefined;
    if (maskedWhole && maskedWhole.form.length === units.length && isPlausibleDisguise(units, 0, units.length)) {
      found.push({ foldedStart: candidate.start, foldedEnd: offsets[units.length - 1]! + 1, form: maskedWhole.form, info: maskedWhole.info, spaced: false, inside: false });
      continue;
    }
    const wordMatcher = initialOnly ? masked : matcher;
    if (wordMatcher && wordMatcher.canStartWith(units[0]!) && (initialOnly || isPlausibleDisguise(units, 0, units.length))) {
      const hit = wordMatcher.matchWhole(units, 0, units.length);
      // Masked whole, one mask stands for one letter: "f***" is fuck, "b*****" is no listed word.
      if (hit && (!initialOnly || hit.form.length === units.length)) {
        found.push({ foldedStart: candidate.start, foldedEnd: offsets[units.length - 1]! + 1, form: hit.form, info: hit.info, spaced: false, inside: false });
        continue;
      }
    }
    if (anywhere) {
      const inside = searchInside(candidate, anywhere, () => true);
      // Inside a longer word, report the whole word: that is what a reader sees and what to mask.
      if (inside[0]) found.push({ ...inside[0], foldedStart: candidate.start, foldedEnd: candidate.end, inside: true });
    }
  }
  return found;
};
