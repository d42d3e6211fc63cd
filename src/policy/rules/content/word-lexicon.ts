import { ObfuscatedWordMatcher } from './obfuscated-word-matcher.ts';

/**
 * Shared shape of the content word lists: a base word, its forms, and the contexts in which an
 * ordinary meaning wins ("blue tit", "Moby Dick"), so that lists stay data and the matching
 * stays in one place.
 */
export interface ListedWord {
  /** The word as a reader would name it ("fuck"); used for masking and reasons. */
  readonly base: string;
  /** Skip when the word before is one of these ("blue tit"). */
  readonly notAfter?: readonly string[];
  /** Skip when the words after start with one of these ("tit for tat"). */
  readonly notBefore?: readonly string[];
  /** Skip when it reads as part of a capitalised name ("Dick Turpin", "Offa's Dyke"). */
  readonly nameLike?: boolean;
}

/**
 * Expands a compact spec into forms: `"fuck: s ed ing"` gives fuck, fucks, fucked, fucking.
 * A spec without a colon is one form. `+` in a suffix list adds nothing (the bare stem is
 * always included).
 */
export const expandSpec = (spec: string): { stem: string; forms: string[] } => {
  const [stemPart, suffixPart] = spec.split(':');
  const stem = stemPart!.trim();
  const suffixes = (suffixPart ?? '').split(/\s+/).filter(Boolean);
  return { stem, forms: [stem, ...suffixes.map((suffix) => stem + suffix)] };
};

/** Builds a matcher from specs; each form carries its word's facts (base = the stem). */
export const buildMatcher = (
  specs: readonly string[],
  facts: Readonly<Record<string, Omit<ListedWord, 'base'>>> = {},
): ObfuscatedWordMatcher<ListedWord> => {
  const entries: [string, ListedWord][] = [];
  for (const spec of specs) {
    const { stem, forms } = expandSpec(spec);
    const word: ListedWord = { base: stem, ...facts[stem] };
    for (const form of forms) entries.push([form, word]);
  }
  return new ObfuscatedWordMatcher(entries);
};
