import type { Clause, ParsedPolicy } from './policy-document.ts';
import { confidenceOf, isConfident, TOPIC_THRESHOLDS } from './question-confidence.ts';
import { policyIndex, type PolicyIndex } from './search-index.ts';
import { foldText } from './search-text.ts';

/**
 * `explain <topic>`: the clause(s) about a topic, quoted verbatim with a plain summary and related
 * clauses. The topic may be a clause id, a heading or section title, or free words with synonyms
 * and typos; no topic lists the topics; an unknown one gets the closest topics, never nothing.
 */

export interface ClauseRef {
  readonly id: string;
  readonly heading: string;
}

export interface ExplainedClause extends ClauseRef {
  /** The clause's text, verbatim. */
  readonly quote: string;
  readonly summary: string;
  /** Ids of related clauses. */
  readonly related: readonly string[];
}

export type Explanation =
  | { readonly kind: 'topics'; readonly sections: readonly { readonly id: string; readonly title: string; readonly clauses: readonly ClauseRef[] }[] }
  | { readonly kind: 'clauses'; readonly clauses: readonly ExplainedClause[] }
  | {
      readonly kind: 'unknown';
      readonly topic: string;
      readonly suggestions: readonly ClauseRef[];
      /** Whether the suggestions are near the topic (a likely typo or near word), or only places to start. */
      readonly near: boolean;
    };

const MAX_CLAUSES = 5;
/** Further clauses are listed when they score at least this share of the best one. */
const LISTED_SHARE = 0.5;
/** "Did you mean" looks further than a search for an answer: typos can be bigger. */
const SUGGESTION_FUZZINESS = 0.4;

/** Explains a topic of one policy. */
export const explainTopic = (policy: ParsedPolicy, topic: string): Explanation => {
  const index = policyIndex(policy);
  const wanted = topic.trim();
  if (wanted === '') return topicsOf(policy);
  const named = namedClauses(policy, index, wanted);
  if (named.length > 0) return { kind: 'clauses', clauses: named.map(explained) };
  const outcome = index.search(wanted);
  const best = outcome.hits[0];
  const listed = best ? outcome.hits.filter((hit) => hit.score >= best.score * LISTED_SHARE).slice(0, MAX_CLAUSES) : [];
  // A topic may span clauses ("linkedin dm"): together, the listed clauses must cover it.
  const together = { id: '', score: 0, matched: [...new Set(listed.flatMap((hit) => hit.matched))] };
  const confidence = confidenceOf(outcome, together, TOPIC_THRESHOLDS);
  // A topic whose every word the listed clauses know is theirs, even a scene-setting word ("insta").
  if (best && (isConfident(confidence, TOPIC_THRESHOLDS) || confidence.coverage >= 1)) {
    return { kind: 'clauses', clauses: listed.map((hit) => explained(index.clauses.get(hit.id)!)) };
  }
  return { kind: 'unknown', topic: wanted, ...suggestionsFor(policy, index, wanted) };
};

const refOf = (clause: Clause): ClauseRef => ({ id: clause.id, heading: clause.heading });

const explained = (clause: Clause): ExplainedClause => ({
  ...refOf(clause),
  quote: clause.text,
  summary: clause.summary,
  related: clause.related,
});

/** Every clause, grouped by the policy's sections, in document order. */
const topicsOf = (policy: ParsedPolicy): Explanation => ({
  kind: 'topics',
  sections: policy.document.sections.map((section) => ({
    id: section.id,
    title: section.title,
    clauses: policy.document.clauses.filter((clause) => clause.section === section.id).map(refOf),
  })),
});

/** The clauses a topic names outright: by id, by heading, or by section id or title. */
const namedClauses = (policy: ParsedPolicy, index: PolicyIndex, topic: string): Clause[] => {
  const byId = index.clauses.get(topic.toLowerCase());
  if (byId) return [byId];
  const folded = foldText(topic);
  const byHeading = policy.document.clauses.filter((clause) => foldText(clause.heading) === folded);
  if (byHeading.length > 0) return byHeading.slice(0, MAX_CLAUSES);
  const section = policy.document.sections.find((candidate) => candidate.id === folded || foldText(candidate.title) === folded);
  return section ? policy.document.clauses.filter((clause) => clause.section === section.id).slice(0, MAX_CLAUSES) : [];
};

/** The closest topics, however weak; without any, the first clause of each section, as places to start. */
const suggestionsFor = (policy: ParsedPolicy, index: PolicyIndex, topic: string): { suggestions: ClauseRef[]; near: boolean } => {
  const near = index.search(topic, { fuzzy: SUGGESTION_FUZZINESS }).hits.slice(0, MAX_CLAUSES);
  if (near.length > 0) return { suggestions: near.map((hit) => refOf(index.clauses.get(hit.id)!)), near: true };
  const starts = policy.document.sections
    .flatMap((section) => policy.document.clauses.find((clause) => clause.section === section.id) ?? [])
    .slice(0, MAX_CLAUSES)
    .map(refOf);
  return { suggestions: starts, near: false };
};
