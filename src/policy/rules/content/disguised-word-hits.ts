import { toOriginalSpan, type FoldedText } from '../../normalise-text.ts';
import type { Span } from '../../types.ts';
import { findDisguisedWords } from './find-disguised-words.ts';
import type { ObfuscatedWordMatcher } from './obfuscated-word-matcher.ts';
import { wordCandidates, type WordCandidate } from './word-candidates.ts';
import { keepsListedMeaning } from './word-context.ts';
import type { ListedWord } from './word-lexicon.ts';

/** A listed word found in a draft, with its span in the original draft. */
export interface ListedWordHit {
  readonly span: Span;
  readonly foldedStart: number;
  readonly foldedEnd: number;
  readonly form: string;
  readonly word: ListedWord;
  /** Found inside a longer word: the span is the whole word. */
  readonly inside: boolean;
}

/** Real words that a repeated-letter reading would turn into a listed one ("Shiite"). */
const INNOCENT_TOKENS = new Set(['shiite', 'shiites', 'shiitake', 'shiitakes']);
/** Codes like "A55", "M25", "9am": letters and a number, not leetspeak. */
const ALPHANUMERIC_CODE = /^(?:[a-z]{1,2}[0-9]+|[0-9]+[a-z]{1,3})$/;

// Weakly keyed, so the content detectors tokenise each draft once and no draft outlives its check.
const candidateCache = new WeakMap<FoldedText, readonly WordCandidate[]>();

/** The word candidates of a folded draft (computed once per draft). */
export const candidatesOf = (text: FoldedText): readonly WordCandidate[] => {
  let candidates = candidateCache.get(text);
  if (!candidates) {
    candidates = wordCandidates(text.folded);
    candidateCache.set(text, candidates);
  }
  return candidates;
};

/** Every listed word in the draft that keeps its listed meaning where it stands. */
export const listedWordHits = (
  text: FoldedText,
  matcher: ObfuscatedWordMatcher<ListedWord>,
  anywhere?: ObfuscatedWordMatcher<ListedWord>,
): ListedWordHit[] => {
  const hits: ListedWordHit[] = [];
  for (const found of findDisguisedWords(candidatesOf(text), matcher, anywhere)) {
    if (!found.spaced) {
      const token = text.folded.slice(found.foldedStart, found.foldedEnd);
      if (INNOCENT_TOKENS.has(token) || ALPHANUMERIC_CODE.test(token)) continue;
    }
    const span = toOriginalSpan(text, found.foldedStart, found.foldedEnd);
    if (!keepsListedMeaning(text, found.info, found.foldedStart, found.foldedEnd, span)) continue;
    hits.push({ span, foldedStart: found.foldedStart, foldedEnd: found.foldedEnd, form: found.form, word: found.info, inside: found.inside });
  }
  return hits;
};

/**
 * "f***" for fuck, keeping a capital first letter: how to print a listed word safely. A word
 * found inside a longer one is masked whole, after its own first letter.
 */
export const maskHit = (hit: ListedWordHit, original: string): string => {
  const written = original.slice(hit.span[0], hit.span[1]);
  const first = written[0] ?? '';
  if (hit.inside) return first + '*'.repeat(Math.max(1, [...written].length - 1));
  const initial = first.toLowerCase() === hit.form[0] ? first : hit.form[0]!;
  return initial + '*'.repeat(Math.max(1, hit.form.length - 1));
};
