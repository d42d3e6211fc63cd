import MiniSearch from 'minisearch';
import type { Clause } from './policy-document.ts';

/**
 * Nearest example question. Each clause's example questions (and its heading) are indexed one by
 * one, so a question can be compared with whole questions rather than with a clause's bag of
 * words: a paraphrase shares most of its telling words with one example, a question the policy
 * does not cover shares a word or two with many.
 */

interface Example {
  readonly id: number;
  readonly clause: string;
  readonly text: string;
}

export interface ExampleMatch {
  readonly clause: string;
  /** Weighted overlap of the question and the example, 0…1 (shared weight over the union's). */
  readonly similarity: number;
}

export interface ExampleIndex {
  /** The best similarity reached by each clause's examples, best first. */
  readonly nearest: (terms: readonly string[], weightOf: (term: string) => number, fuzzy: number) => ExampleMatch[];
}

/** Indexes the examples of every clause, analysed by the policy index's `tokenize`. */
export const buildExampleIndex = (clauses: readonly Clause[], tokenize: (text: string) => string[]): ExampleIndex => {
  const examples: Example[] = clauses.flatMap((clause) => [clause.heading, ...clause.questions].map((text) => ({ clause: clause.id, text })))
    .map((example, id) => ({ ...example, id }));
  const termsById = examples.map((example) => [...new Set(tokenize(example.text))]);
  const miniSearch = new MiniSearch<Example>({
    fields: ['text'],
    storeFields: ['clause'],
    tokenize,
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => (text === '' ? [] : text.split(' ')), processTerm: (term) => term },
  });
  miniSearch.addAll(examples);

  const nearest: ExampleIndex['nearest'] = (terms, weightOf, fuzzy) => {
    if (terms.length === 0) return [];
    const unique = [...new Set(terms)];
    const queryWeight = unique.reduce((sum, term) => sum + weightOf(term), 0);
    const best = new Map<string, number>();
    const results = miniSearch.search(unique.join(' '), {
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? fuzzy : false),
      maxFuzzy: 2,
    });
    for (const result of results) {
      const shared = result.queryTerms.reduce((sum, term) => sum + weightOf(term), 0);
      const matchedOwn = new Set(result.terms);
      const ownOnly = termsById[Number(result.id)]!.filter((term) => !matchedOwn.has(term)).reduce((sum, term) => sum + weightOf(term), 0);
      const similarity = shared / (queryWeight + ownOnly);
      const clause = String(result['clause']);
      if (similarity > (best.get(clause) ?? 0)) best.set(clause, similarity);
    }
    return [...best].map(([clause, similarity]) => ({ clause, similarity })).sort((a, b) => b.similarity - a.similarity);
  };
  return { nearest };
};
