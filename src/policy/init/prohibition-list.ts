import { sentencesOf } from './sentences.ts';
import { withoutMarker } from './split-blocks.ts';

/**
 * Prohibition lists in a plain-text policy ("Staff must not:" and the acts under it), and the
 * words that keep each act saying it is forbidden once it stands as a clause of its own: an
 * item "Share a customer's phone number." alone reads as permission.
 */

const FORBIDDING = String.raw`must not|mustn['’]t|must never|may not|should not|shouldn['’]t|should never|shall not|cannot|can['’]t|(?:are|is) not (?:allowed|permitted)|not allowed|never|do not|don['’]t|prohibited|forbidden|banned`;

/** "Users must not:", "Staff are not allowed to:", "Never:": introduces a list where each paragraph is a rule of its own. */
export const RULE_LIST_LEAD = new RegExp(String.raw`(?:^|\b)(?:${FORBIDDING})\b[^.]*:\s*$`, 'i');

/** "Things you must not do", "Never", "Don'ts", "Prohibited uses": a heading that is itself the lead of the list under it. */
export const PROHIBITION_HEADING = new RegExp(String.raw`(?:^|\b)(?:${FORBIDDING}|don['’]ts)\b`, 'i');

/** A rule that says by itself that it forbids something: "Never share…", "Staff must not post…". */
export const FORBIDS = new RegExp(String.raw`^\s*(?:${FORBIDDING})\b|^[^.]{0,60}\b(?:${FORBIDDING})\b`, 'i');

/** The sentence of a lead paragraph that forbids: "ZRT respects copyright. Users may not use social media to:" → "Users may not use social media to". */
const forbiddingSentence = (lead: string): string => {
  return sentencesOf(lead).at(-1)!.replace(/[\s:]+$/, '');
};

/** A lead that reads on into its item ("Staff must not" + "share…"); others keep their colon ("Prohibited uses: sharing…"). */
const READS_ON = /(?:\b(?:not|never|to|from)|n['’]t)$/i;

/**
 * The item's first word in lower case ("Share" → "share"), unless the document also writes it
 * with a capital in the middle of a sentence, as it does a name ("Facebook", "Acme").
 */
const lowerFirstWord = (item: string, documentText: string): string => {
  const word = /^\p{Lu}\p{Ll}+(?![\p{L}'’])/u.exec(item)?.[0];
  if (!word || new RegExp(String.raw`[\p{Ll},;] ${word}(?![\p{L}])`, 'u').test(documentText)) return item;
  return word.toLowerCase() + item.slice(word.length);
};

const MAX_SUMMARY_CHARS = 240;

/**
 * A summary that says the act is forbidden: "Staff must not:" and "- Share a customer's name."
 * → "Staff must not share a customer's name."; a heading as lead: "Things you must not do:
 * post pictures of junior members…". An item that already forbids ("Never share…") stands as it is.
 */
export const forbiddenSummary = (lead: string, item: string, documentText: string): string => {
  const firstSentence = sentencesOf(withoutMarker(item))[0]!.replace(/[;,]$/, '');
  const act = /[.!?]$/.test(firstSentence) ? firstSentence : `${firstSentence}.`;
  if (FORBIDS.test(act)) return act.length > MAX_SUMMARY_CHARS ? `${act.slice(0, MAX_SUMMARY_CHARS - 1)}…` : act;
  const saying = forbiddingSentence(lead);
  const summary = `${saying}${READS_ON.test(saying) ? ' ' : ': '}${lowerFirstWord(act, documentText)}`;
  return summary.length > MAX_SUMMARY_CHARS ? `${summary.slice(0, MAX_SUMMARY_CHARS - 1)}…` : summary;
};
