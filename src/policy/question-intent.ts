import { wordsOf } from './search-text.ts';

/**
 * Words a question means by its shape rather than by its words. "What is the company Instagram
 * for?" asks for a purpose without saying "purpose": the words it does say (company, Instagram)
 * name half the policy. The cue is English grammar, not any one policy's wording, so it holds for
 * every policy; a policy without the word simply does not match it. Word checks only: linear.
 */

/** Words that open a question asking what something is for ("what", "what's", "so what"). */
const WHAT = new Set(['what', 'whats']);
/** How far into a sentence the question word may sit ("so what are…", "and what's…"). */
const OPENING = 3;

/** The sentences of a question, as folded words. */
const sentencesOf = (question: string): string[][] =>
  question.split(/[?.!;:\n]+/).map(wordsOf).filter((words) => words.length > 0);

/** "What … for?": a sentence that opens with "what" and ends on a stranded "for". */
const asksPurpose = (words: readonly string[]): boolean =>
  words.length >= 3 && words.at(-1) === 'for' && words.slice(0, OPENING).some((word) => WHAT.has(word));

/** Words to search for besides the question's own, each once; empty for most questions. */
export const intentWords = (question: string): string[] =>
  sentencesOf(question).some(asksPurpose) ? ['purpose'] : [];

/** The text to search: the question with the words its shape implies. */
export const searchTextOf = (question: string): string => {
  const extra = intentWords(question);
  return extra.length === 0 ? question : `${question}\n${extra.join(' ')}`;
};
