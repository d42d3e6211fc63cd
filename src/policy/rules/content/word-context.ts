import type { FoldedText } from '../../normalise-text.ts';
import type { ListedWord } from './word-lexicon.ts';

/**
 * Looks around a found word, to let an ordinary meaning win ("blue tit", "tit for tat",
 * "Moby Dick"). Reads at most a few dozen characters either side, so it stays cheap.
 */

const WORD_CHAR = /[\p{L}\p{N}'’]/u;
const LOOK = 40;

/** The folded word just before `start` (skipping spaces and light punctuation), or ''. */
export const wordBefore = (folded: string, start: number): string => {
  let end = start;
  const floor = Math.max(0, start - LOOK);
  while (end > floor && /[\s\-'"“”(]/.test(folded[end - 1]!)) end -= 1;
  let begin = end;
  while (begin > floor && WORD_CHAR.test(folded[begin - 1]!)) begin -= 1;
  return folded.slice(begin, end).replace(/['’]s$/, '');
};

/** The folded text just after `end`, spaces collapsed, leading spaces and hyphens dropped. */
export const textAfter = (folded: string, end: number): string =>
  folded.slice(end, end + LOOK).replace(/^[\s\-]+/, '').replace(/\s+/g, ' ');

const isUpper = (char: string | undefined): boolean => char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();

/** Whether the original word is capitalised and stands next to another capitalised word. */
const readsAsName = (original: string, start: number, end: number): boolean => {
  if (!isUpper(original[start])) return false;
  const after = /^[\s]+(\p{L})/u.exec(original.slice(end, end + LOOK));
  if (after && isUpper(after[1])) return true;
  // "the Cock and Bottle", "the Cock & Bull": a pub's name, "the" and two capitalised words joined
  // (not "a Dick and Everybody knows it", not "… and I").
  const joined = /^\s+(?:and|&)\s+(\p{L})(\p{L}?)/u.exec(original.slice(end, end + LOOK));
  if (joined && isUpper(joined[1]) && joined[2] !== '' && /(?<![\p{L}])the\s+$/iu.test(original.slice(Math.max(0, start - 6), start))) return true;
  const before = /(\p{L})[\p{L}'’.]*\s+$/u.exec(original.slice(Math.max(0, start - LOOK), start));
  if (!before) return false;
  // "Moby Dick" and "Philip K. Dick" are names; ". Dick move" starts a sentence.
  const between = original.slice(Math.max(0, start - LOOK), start);
  return isUpper(before[1]) && !/(?<!\s\p{Lu})[.!?]\s+$/u.test(between);
};

/** "the word 'X'": a slur named to talk about it ("don't use the word …"), not used. */
const MENTIONED_AFTER = new Set(['word', 'term', 'slur', 'words', 'terms', 'slurs']);
const MENTION_CATEGORIES = new Set(['slur', 'ableist']);

/** Whether a found word keeps its listed meaning in this place. */
export const keepsListedMeaning = (text: FoldedText, word: ListedWord, foldedStart: number, foldedEnd: number, span: readonly [number, number]): boolean => {
  if (MENTION_CATEGORIES.has(word.category) && MENTIONED_AFTER.has(wordBefore(text.folded, foldedStart))) return false;
  if (word.notAfter && word.notAfter.includes(wordBefore(text.folded, foldedStart))) return false;
  if (word.notBefore) {
    const after = textAfter(text.folded, foldedEnd);
    if (word.notBefore.some((phrase) => after.startsWith(phrase))) return false;
  }
  if (word.nameLike && readsAsName(text.original, span[0], span[1])) return false;
  if (word.onlyDisguised && spelledPlainly(text, foldedStart, foldedEnd)) return false;
  if (word.onlyInCode && !IN_CODE.test(text.original.slice(span[0], span[1]))) return false;
  return true;
};

/** Letters only, as folded (an apostrophe is spelling, "Fack's Bakery"): no digit, symbol, mask or spacing stands in for one. */
export const spelledPlainly = (text: FoldedText, foldedStart: number, foldedEnd: number): boolean => /^[\p{L}'’]+$/u.test(text.folded.slice(foldedStart, foldedEnd));

/** A digit or a leetspeak or mask symbol among the letters. */
const IN_CODE = /[0-9@$!|+*#%€£¡¢(]/u;
