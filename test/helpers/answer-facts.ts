/**
 * The facts every platform must agree on, read from an answer's plain text: the verdict word of
 * a check's heading and the clause ids cited. Reading them from text (not from the Reply object)
 * is the point: it is what a person on each platform actually sees.
 */

export type VerdictWord = 'OK' | 'CAUTION' | 'STOP';

export interface AnswerFacts {
  /** The verdict of a check ("STOP: …" at the head of the answer), if the answer has one. */
  readonly verdict?: VerdictWord;
  /** Every known clause id the text names, sorted. */
  readonly clauses: readonly string[];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// "STOP: don't post this." in every rendering (Discord wraps it in **, the shell may colour it).
const VERDICT = /\b(STOP|CAUTION|OK): /;

/** A reader for one policy's clause ids. */
export const answerFactsReader = (clauseIds: readonly string[]): ((text: string) => AnswerFacts) => {
  // Longest first so `safe.spam` never shadows a longer id starting the same way; ids are literals.
  const alternatives = [...clauseIds].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // An id stands alone: not inside a longer word, id or domain name.
  const ids = new RegExp(`(?<![\\w.-])(?:${alternatives.join('|')})(?![\\w-]|\\.\\w)`, 'g');
  return (text) => {
    const plain = text.replace(/\\/g, '');
    const verdict = VERDICT.exec(plain)?.[1] as VerdictWord | undefined;
    const clauses = [...new Set(plain.match(ids) ?? [])].sort();
    return verdict === undefined ? { clauses } : { verdict, clauses };
  };
};
