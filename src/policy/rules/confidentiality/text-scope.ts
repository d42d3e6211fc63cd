import type { FoldedText } from '../../normalise-text.ts';
import { gated, mayMatch } from '../literal-gate.ts';
import { findAll, type Match } from '../match.ts';
import { sentenceAt, type Range } from '../sentences.ts';

/**
 * Sentence-level helpers shared by the confidentiality detectors. A disclosure is judged
 * within its own sentence, so that a harmless word in one sentence never combines with a
 * risky word in another.
 */

/**
 * Builds a regular expression in which every straight apostrophe also matches a curly one
 * (phones type ’; folding keeps it), so patterns can be written with plain `'`.
 */
export const apostrophes = (source: string, flags: string): RegExp => {
  let out = '';
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source.charAt(index);
    if (char === '\\') {
      out += char + source.charAt(index + 1);
      index += 1;
    } else if (char === '[' && !inClass) {
      inClass = true;
      out += char;
    } else if (char === ']' && inClass) {
      inClass = false;
      out += char;
    } else if (char === '\'') {
      out += inClass ? '\'’' : '[\'’]';
    } else {
      out += char;
    }
  }
  return gated(new RegExp(out, flags));
};

export { sentenceAt, sentencesOf, type Range } from '../sentences.ts';

/** How far either side of a match its sentence is read: keeps every check linear in the draft. */
export const SENTENCE_REACH = 200;

/** The sentence around folded offset `index`, clipped to SENTENCE_REACH either side. */
export const sentenceRange = (text: FoldedText, index: number): Range => {
  const [start, end] = sentenceAt(text, index);
  return [Math.max(start, index - SENTENCE_REACH), Math.min(end, index + SENTENCE_REACH)];
};

/** The folded text of the sentence around a match (clipped, see sentenceRange). */
export const sentenceText = (text: FoldedText, index: number): string => text.folded.slice(...sentenceRange(text, index));

/** Up to `width` folded characters before `index`, within its sentence. */
export const beforeInSentence = (text: FoldedText, index: number, width: number): string => {
  const [start] = sentenceAt(text, index);
  return text.folded.slice(Math.max(start, index - width), index);
};

/** Up to `width` folded characters after `index`, within its sentence. */
export const afterInSentence = (text: FoldedText, index: number, width: number): string => {
  const [, end] = sentenceAt(text, index);
  return text.folded.slice(index, Math.min(end, index + width));
};

/**
 * Words that turn a sentence into advice or a warning rather than a disclosure or a request:
 * "never share your password", "we will never ask for your card details", "if anyone asks…".
 */
export const WARNING_CUE =
  /(?<![\p{L}])(?:never|don'?t|do not|won'?t|will not|shouldn'?t|should not|must not|mustn'?t|no one|nobody|beware|be wary|be careful|watch out|scam|scams|scammers?|phishing|fraud(?:ster)?s?|red flags?|if (?:anyone|someone|somebody|a message|an email|you get|you receive)|genuine|legitimate|fake)(?![\p{L}])/u;

/**
 * `findAll`, skipped unless every plain-engine `gate` (literal words that every match of
 * `pattern` contains) matches the draft: most drafts fail a cheap gate, so the costlier
 * Unicode pattern runs only where it can match.
 */
export const findGated = (text: FoldedText, gate: RegExp | readonly RegExp[], pattern: RegExp): Match[] => {
  // A gated pattern without its literals in the draft cannot match: skip its gates (none is global, so
  // skipping them changes nothing) and let findAll return its empty result as it would.
  if (!mayMatch(text, pattern)) return findAll(text, pattern);
  const gates = gate instanceof RegExp ? [gate] : gate;
  return gates.every((each) => mayMatch(text, each) && each.test(text.folded)) ? findAll(text, pattern) : [];
};
