import { foldText } from './search-text.ts';

/**
 * What kind of question it is. A conduct policy answers "may I…?" — permission, obligation,
 * consequences — and rarely "how do I…?" or "what is our…?" (a task, a fact, a figure). The kind
 * does not decide the answer; it sets how sure the search must be before answering (ask).
 * Every pattern is a plain alternation of fixed words: linear, no backtracking.
 */

const PERMISSION =
  /\b(?:can|could|may|might|must|should|shall) (?:i|we|staff|people|employees|anyone|someone|they|he|she)\b|\b(?:is|are|would|will) (?:it|that|this|these|those|there) (?:be )?(?:ok|okay|alright|all right|fine|acceptable|allowed|permitted|appropriate|a problem|an issue|a breach|against)\b|\b(?:am i|are we|is anyone|are staff|is it) (?:allowed|permitted|supposed|meant|able|ok)\b|\bdo (?:i|we|you) (?:need|have) to\b|\bwhat happens (?:if|when)\b|\bwhat (?:do|should) (?:i|we) do\b|\bhow should (?:i|we)\b|\b(?:does|do) (?:the|this|our) (?:policy|rules)\b|\b(?:allowed|permitted|forbidden|banned|ok to|okay to|fine to|alright to)\b/;

/** True when the question asks whether something may, must or should be done, or what follows. */
export const asksPermission = (question: string): boolean => PERMISSION.test(foldText(question));
