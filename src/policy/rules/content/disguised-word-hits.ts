import { DraftMemo, toOriginalSpan, type FoldedText } from '../../normalise-text.ts';
import type { Span } from '../../types.ts';
import { CONTENT_WORDS, CONTENT_WORDS_ANYWHERE, CONTENT_WORDS_MASKED } from './content-word-index.ts';
import { findDisguisedWords } from './find-disguised-words.ts';
import { wordCandidates } from './word-candidates.ts';
import { keepsListedMeaning } from './word-context.ts';
import type { ListedWord, WordCategory } from './word-lexicon.ts';

/** A listed word found in a draft, with its span in the original draft. */
export interface ListedWordHit {
  readonly span: Span;
  readonly foldedStart: number;
  readonly foldedEnd: number;
  /** The listed form it spells ("fucking"). */
  readonly form: string;
  /** The listed word, from the list asked for. */
  readonly word: ListedWord;
  /** Found inside a longer word: the span is the whole word. */
  readonly inside: boolean;
}

interface RawHit {
  readonly span: Span;
  readonly foldedStart: number;
  readonly foldedEnd: number;
  readonly form: string;
  readonly words: readonly ListedWord[];
  readonly inside: boolean;
}

/** Real words that a repeated-letter reading would turn into a listed one. */
const INNOCENT_TOKENS = new Set(['shiite', 'shiites', 'shiitake', 'shiitakes']);
/** Codes like "A55", "M25", "9am": letters and a number, not leetspeak. */
const ALPHANUMERIC_CODE = /^(?:[a-z]{1,2}[0-9]+|[0-9]+[a-z]{1,3})$/;

/** A plain word matters only if it is a listed form, or holds one of the forms found inside words. */
const keepPlainWord = (folded: string, start: number, end: number, letters: number): boolean =>
  CONTENT_WORDS.spellsPlain(folded, start, end) || (CONTENT_WORDS_ANYWHERE.mayOccurInLetters(letters) && CONTENT_WORDS_ANYWHERE.occursInPlain(folded, start, end));

// Weakly keyed, so the three content detectors walk each draft once and no draft outlives its check.
const hitCache = new DraftMemo<readonly RawHit[]>();

const rawHits = (text: FoldedText): readonly RawHit[] => {
  const cached = hitCache.get(text);
  if (cached) return cached;
  const hits: RawHit[] = [];
  const candidates = wordCandidates(text.folded, keepPlainWord);
  for (const found of findDisguisedWords(candidates, CONTENT_WORDS, CONTENT_WORDS_ANYWHERE, CONTENT_WORDS_MASKED)) {
    if (!found.spaced && !found.inside) {
      const token = text.folded.slice(found.foldedStart, found.foldedEnd);
      if (INNOCENT_TOKENS.has(token) || ALPHANUMERIC_CODE.test(token)) continue;
    }
    const span = toOriginalSpan(text, found.foldedStart, found.foldedEnd);
    hits.push({ span, foldedStart: found.foldedStart, foldedEnd: found.foldedEnd, form: found.form, words: found.info, inside: found.inside });
  }
  hitCache.set(text, hits);
  return hits;
};

/** Every word of one list in the draft that keeps its listed meaning where it stands. */
export const listedWordHits = (text: FoldedText, category: WordCategory): ListedWordHit[] => {
  const hits: ListedWordHit[] = [];
  for (const hit of rawHits(text)) {
    const word = hit.words.find((candidate) => candidate.category === category);
    if (!word || !keepsListedMeaning(text, word, hit.foldedStart, hit.foldedEnd, hit.span)) continue;
    hits.push({ span: hit.span, foldedStart: hit.foldedStart, foldedEnd: hit.foldedEnd, form: hit.form, word, inside: hit.inside });
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
