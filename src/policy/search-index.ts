import MiniSearch from 'minisearch';
import type { Clause, ParsedPolicy } from './policy-document.ts';
import { buildExampleIndex, type ExampleMatch } from './search-examples.ts';
import { conceptsOf, isEverydayStem, synonymTable, termsOf, type Concept, type SynonymTable } from './search-text.ts';

/**
 * A full-text index over one policy's clauses (minisearch, BM25 with fuzzy and prefix matching),
 * built from the policy document alone: its headings, verbatim text, summaries, and the keywords,
 * example questions and synonyms it declares. Built once per policy object and cached.
 */

interface ClauseDocument {
  readonly id: string;
  readonly heading: string;
  readonly text: string;
  readonly summary: string;
  readonly keywords: string;
  readonly questions: string;
  readonly answer: string;
  readonly section: string;
  readonly name: string;
}

/** Keywords and example questions are written for searching; the verbatim text is long and general. */
const FIELD_BOOST = { keywords: 3, heading: 2, questions: 1.5, summary: 1.5, answer: 1, name: 1.5, text: 1, section: 0.5 };
const FIELDS = Object.keys(FIELD_BOOST);
/**
 * How much a word matched in each field says that the clause is about it (ranking only): keywords,
 * example questions and the heading were written to name the clause's topic; the verbatim text
 * mentions many things in passing.
 */
const TEXT_STRENGTH = 0.6;
const FIELD_STRENGTH: Readonly<Record<string, number>> = { keywords: 1, questions: 1, heading: 1, name: 1, summary: 0.8, answer: 0.8, text: TEXT_STRENGTH, section: TEXT_STRENGTH };
/** A fuzzy or prefix match: minisearch reports the query term and the indexed term it reached. */
const fuzzyOf = (query: string, indexed: string): boolean => Math.abs(query.length - indexed.length) <= 2 && query.slice(0, 2) === indexed.slice(0, 2);
/** How much an everyday word weighs against a topic word of the same frequency. */
const EVERYDAY_SHARE = 0.4;
/** Weight of minisearch's (relative) score against the matched concepts' mass when ranking. */
const BM25_SHARE = 2;
/**
 * A telling word (at least this weight) that few clauses name as their topic points at those
 * clauses: each gains this share of its weight, split between them. "Election" named by one
 * clause outweighs "company" and "post" named by many, however often minisearch counts them.
 */
const TOPIC_WORD = 0.6;
const TOPIC_SHARE = 0.5;
/**
 * A question that shares most of its weighted words with one of a clause's example questions
 * rephrases it: past this similarity, the clause gains up to about what a checker finding weighs,
 * so "who may monitor what staff do online" is not outvoted by a clause that merely shares
 * "staff" and "social media". Below it, a shared word or two says nothing (the words count already).
 */
const PARAPHRASE_FROM = 0.4;
const PARAPHRASE_WEIGHT = 4;
/** Weak length normalisation: a clause with many keywords is not a worse match for having them. */
const BM25 = { k: 1.2, b: 0.3, d: 0.5 };

export interface ClauseHit {
  readonly id: string;
  /** Matched concepts' mass, minisearch's score relative to the best and closeness to an example (ranking only). */
  readonly score: number;
  /** Indexes into `concepts` of the query concepts this clause matched. */
  readonly matched: readonly number[];
}

export interface SearchOutcome {
  readonly concepts: readonly Concept[];
  /** How telling each concept is: inverse document frequency over the clauses, 1 for a word found in one clause. */
  readonly weights: readonly number[];
  /** Whether any clause matched the concept at all. */
  readonly known: readonly boolean[];
  /** Best first. */
  readonly hits: readonly ClauseHit[];
  /** Each clause's example question nearest to the question, best first. */
  readonly examples: readonly ExampleMatch[];
}

export interface PolicyIndex {
  readonly policy: ParsedPolicy;
  readonly clauses: ReadonlyMap<string, Clause>;
  /** Clause ids in document order. */
  readonly order: readonly string[];
  readonly synonyms: SynonymTable;
  readonly search: (text: string, options?: { readonly fuzzy?: number }) => SearchOutcome;
}

const cache = new WeakMap<ParsedPolicy, PolicyIndex>();

/** The policy's index, built on first use. */
export const policyIndex = (policy: ParsedPolicy): PolicyIndex => {
  const cached = cache.get(policy);
  if (cached) return cached;
  const built = buildPolicyIndex(policy);
  cache.set(policy, built);
  return built;
};

const toDocument = (clause: Clause, sectionTitle: string): ClauseDocument => ({
  id: clause.id,
  heading: clause.heading,
  text: clause.text,
  summary: clause.summary,
  keywords: clause.keywords.join(' ; '),
  questions: clause.questions.join(' ; '),
  answer: clause.answer ?? '',
  section: sectionTitle,
  name: clause.id.replace(/[.-]/g, ' '),
});

const buildPolicyIndex = (policy: ParsedPolicy): PolicyIndex => {
  const { document } = policy;
  const synonyms = synonymTable(document.synonyms);
  // Each text is analysed once while building, whichever index or count asks for it.
  const analysed = new Map<string, string[]>();
  const tokenize = (text: string): string[] => {
    let terms = analysed.get(text);
    if (!terms) analysed.set(text, (terms = termsOf(text, synonyms)));
    return terms;
  };
  const titles = new Map(document.sections.map((section) => [section.id, section.title]));
  const documents = document.clauses.map((clause) => toDocument(clause, titles.get(clause.section) ?? ''));
  const miniSearch = new MiniSearch<ClauseDocument>({
    fields: FIELDS,
    tokenize,
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => (text === '' ? [] : text.split(' ')), processTerm: (term) => term },
  });
  miniSearch.addAll(documents);
  const frequency = documentFrequency(documents, tokenize);
  const clauseCount = documents.length;
  const idf = (count: number): number => Math.log(1 + (clauseCount - count + 0.5) / (count + 0.5));
  const rare = idf(1);
  // Weights are in units of a word found in one clause, so thresholds hold for policies of any size;
  // a typo has no frequency of its own and is as telling as the rare word it stands for.
  const context = contextTerms(document, tokenize);
  const weightOf = (term: string): number =>
    ((frequency.has(term) ? idf(frequency.get(term)!) : rare) / rare) * (isEverydayStem(term) || context.has(term) ? EVERYDAY_SHARE : 1);
  const examples = buildExampleIndex(document.clauses, tokenize);

  const search = (text: string, options: { readonly fuzzy?: number } = {}): SearchOutcome => {
    const concepts = conceptsOf(text, synonyms);
    const terms = [...new Set(concepts.flat())];
    const fuzziness = options.fuzzy ?? 0.2;
    const results =
      terms.length === 0
        ? []
        : miniSearch.search(terms.join(' '), {
            boost: FIELD_BOOST,
            prefix: (term) => term.length >= 4,
            fuzzy: (term) => (term.length >= 5 ? fuzziness : false),
            maxFuzzy: 2,
            bm25: BM25,
          });
    const found = results.map((result) => {
      // Which query term matched in which fields (minisearch keys `match` by the indexed term).
      const fieldsOf = new Map<string, string[]>();
      for (const [indexed, fields] of Object.entries(result.match)) {
        for (const query of result.queryTerms) {
          if (indexed === query || indexed.startsWith(query) || fuzzyOf(query, indexed)) fieldsOf.set(query, [...(fieldsOf.get(query) ?? []), ...fields]);
        }
      }
      const matchedTerms = new Set(result.queryTerms);
      const matched = concepts.flatMap((concept, index) => (concept.some((term) => matchedTerms.has(term)) ? [index] : []));
      const strength = matched.map((index) => Math.max(0, ...concepts[index]!.flatMap((term) => (fieldsOf.get(term) ?? []).map((field) => FIELD_STRENGTH[field] ?? 1))));
      return { id: String(result.id), bm25: result.score, matched, strength };
    });
    const known = concepts.map((_, index) => found.some((hit) => hit.matched.includes(index)));
    const weights = concepts.map((concept) => Math.max(...concept.map(weightOf)));
    // minisearch weighs a word by its rarity in each field, so a common word in a short field (an
    // answer, a heading) can outscore a telling one; the mass of the matched concepts, weighed over
    // whole clauses, corrects that.
    const best = found[0]?.bm25 ?? 1;
    const nearest = examples.nearest(terms, weightOf, fuzziness);
    const paraphrase = new Map(nearest.map((match) => [match.clause, PARAPHRASE_WEIGHT * Math.max(0, match.similarity - PARAPHRASE_FROM)]));
    // How many clauses name each concept as their topic (keywords, questions, heading, id).
    const namedBy = concepts.map((_, index) => found.filter((hit) => hit.strength[hit.matched.indexOf(index)] === 1).length);
    const topicOf = (index: number, strength: number): number =>
      strength === 1 && weights[index]! >= TOPIC_WORD ? (TOPIC_SHARE * weights[index]!) / namedBy[index]! : 0;
    const hits = found
      .map(({ id, bm25, matched, strength }) => ({
        id,
        matched,
        score:
          matched.reduce((sum, index, at) => sum + weights[index]! * strength[at]! + topicOf(index, strength[at]!), 0) +
          BM25_SHARE * (bm25 / best) +
          (paraphrase.get(id) ?? 0),
      }))
      .sort((a, b) => b.score - a.score);
    return { concepts, weights, known, hits, examples: nearest };
  };

  return {
    policy,
    clauses: new Map(document.clauses.map((clause) => [clause.id, clause])),
    order: document.clauses.map((clause) => clause.id),
    synonyms,
    search,
  };
};

/**
 * Words every question to this policy may use without naming a topic: the document's title
 * ("social media policy") and the networks of its accounts ("Instagram"). They set the scene, so
 * they weigh like everyday words.
 */
const contextTerms = (document: ParsedPolicy['document'], tokenize: (text: string) => string[]): Set<string> =>
  new Set([document.title, ...document.organisation.accounts.map((account) => account.network)].flatMap(tokenize));

/** In how many clauses each term occurs, any field. */
const documentFrequency = (documents: readonly ClauseDocument[], tokenize: (text: string) => string[]): Map<string, number> => {
  const frequency = new Map<string, number>();
  for (const doc of documents) {
    const terms = new Set(FIELDS.flatMap((field) => tokenize(doc[field as keyof ClauseDocument])));
    for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  return frequency;
};
