import type { FoldedText } from '../../normalise-text.ts';
import { sentenceAt } from '../sentences.ts';

/**
 * Sentence helpers for the sharing detectors: a cue is judged with the words of its own
 * sentence, so an innocent word in one sentence never combines with a risky one elsewhere.
 */

export { sentenceAt, sentencesOf, type Range } from '../sentences.ts';

/**
 * Words that turn a cue into its opposite when they come shortly before it in the same
 * sentence: "we never accept…", "please don't forward…", "avoid torrent sites".
 */
const NEGATION = /(?<![\p{L}])(?:don['’]?t|do not|does not|doesn['’]?t|never|won['’]?t|will not|wouldn['’]?t|would not|can['’]?t|cannot|can not|not|no longer|refuse to|avoid|stop|beware of|warning about|watch out for|careful of|decline|declined|ignore|ignored|reject|rejected|block|blocked)(?![\p{L}])/u;

/** True when a negation sits within `window` characters before folded `index`, in the same sentence. */
export const negatedBefore = (text: FoldedText, index: number, window = 40): boolean => {
  const sentenceStart = sentenceAt(text, index)[0];
  const from = Math.max(sentenceStart, index - window);
  const before = text.folded.slice(from, index);
  // "Not out in the UK yet, but a magnet link…": a negation before "but" belongs to the clause before.
  let clauseStart = 0;
  CLAUSE_TURN.lastIndex = 0;
  for (let turn = CLAUSE_TURN.exec(before); turn; turn = CLAUSE_TURN.exec(before)) clauseStart = turn.index + turn[0].length;
  return NEGATION.test(before.slice(clauseStart));
};
/** "but", a semicolon or a dash: where a new clause starts. */
const CLAUSE_TURN = /(?<![\p{L}])but(?![\p{L}])|[;—–]/gu;
