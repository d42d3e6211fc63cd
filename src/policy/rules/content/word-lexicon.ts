import { ObfuscatedWordMatcher } from './obfuscated-word-matcher.ts';

/** Which list a word comes from; one form may be on several lists ("twat": swear and insult). */
export type WordCategory = 'profanity' | 'slur' | 'ableist' | 'sexual' | 'porn' | 'drug' | 'insult-strong' | 'insult-mild';

/**
 * Shared shape of the content word lists: a base word, its list, and the contexts in which an
 * ordinary meaning wins ("blue tit", "Moby Dick"), so that lists stay data and the matching
 * stays in one place.
 */
export interface ListedWord {
  /** The word as a reader would name it ("fuck"). */
  readonly base: string;
  readonly category: WordCategory;
  /** Skip when the word before is one of these ("blue tit"). */
  readonly notAfter?: readonly string[];
  /** Skip when the words after start with one of these ("tit for tat"). */
  readonly notBefore?: readonly string[];
  /** Skip when it reads as part of a capitalised name ("Dick Turpin", "Offa's Dyke"). */
  readonly nameLike?: boolean;
  /**
   * Count it only when disguised ("f@g", "f*gs"): its plain spelling has an everyday meaning
   * ("fags" are cigarettes in Britain), but nobody masks a word for a cigarette.
   */
  readonly onlyDisguised?: boolean;
  /**
   * Count it only when spelled with a digit or a symbol ("w33d"): spacing is not enough, since
   * gardeners write "W E E D S" too. For words whose every plain or spaced use is ordinary.
   */
  readonly onlyInCode?: boolean;
}

export type WordFacts = Readonly<Record<string, Omit<ListedWord, 'base' | 'category'>>>;

/** One list: its category, its specs and the guards of some of its words. */
export interface WordList {
  readonly category: WordCategory;
  readonly specs: readonly string[];
  readonly facts?: WordFacts;
}

/**
 * Expands a compact spec into forms: `"fuck: s ed ing"` gives fuck, fucks, fucked, fucking.
 * A spec without a colon is one form.
 */
export const expandSpec = (spec: string): { stem: string; forms: string[] } => {
  const [stemPart, suffixPart] = spec.split(':');
  const stem = stemPart!.trim();
  const suffixes = (suffixPart ?? '').split(/\s+/).filter(Boolean);
  return { stem, forms: [stem, ...suffixes.map((suffix) => stem + suffix)] };
};

/**
 * One matcher for several lists, so a draft is walked once: each form carries every listed
 * word it spells, one per list.
 */
export const buildWordIndex = (lists: readonly WordList[]): ObfuscatedWordMatcher<readonly ListedWord[]> => {
  const byForm = new Map<string, ListedWord[]>();
  for (const { category, specs, facts = {} } of lists) {
    for (const spec of specs) {
      const { stem, forms } = expandSpec(spec);
      const word: ListedWord = { base: stem, category, ...facts[stem] };
      for (const form of forms) {
        const words = byForm.get(form) ?? [];
        if (!words.some((known) => known.category === category)) words.push(word);
        byForm.set(form, words);
      }
    }
  }
  return new ObfuscatedWordMatcher(byForm.entries());
};
