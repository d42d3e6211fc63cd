import { toOriginalSpan, type FoldedText } from '../../normalise-text.ts';
import type { Detector, Signal } from '../detector.ts';
import { listedWordHits, type ListedWordHit } from './disguised-word-hits.ts';

/**
 * Name-calling: harassment. A name only counts when it points at someone ("the idiot who…",
 * "you clown", ", loser."), not when someone speaks of themselves ("I felt like an idiot").
 * Runs on every draft, since a name may be disguised ("tw4t"); phrases that insult, mock or
 * threaten are `harassing-phrases`, which the checker runs only when triggered.
 */

/** Words before a strong name that point it at someone. */
const POINTERS_STRONG = new Set(['you', 'ya', 'u', 'ur', 'your', 'youre', "you're", 'you’re', 'what', 'such', 'some', 'this', 'that', 'the', 'a', 'an',
  'absolute', 'total', 'complete', 'utter', 'proper', 'right', 'massive', 'bloody', 'fucking', 'stupid', 'little', 'of', 'is', 'are', "he's", "she's",
  "they're", 'he’s', 'she’s', 'they’re', 'these', 'those', 'dear', 'fat', 'ugly', 'old', 'silly', 'daft', 'lazy', 'useless', 'thick', 'typical']);
/** Mild names need a clearer pointer. */
const POINTERS_MILD = new Set(['you', 'ya', 'u', 'youre', "you're", 'you’re', 'absolute', 'total', 'complete', 'utter', 'proper', 'right', 'massive',
  'bloody', 'fucking', 'stupid', 'fat', 'ugly', 'silly', 'daft', 'thick', 'greedy', 'lazy', 'slimy', 'smug', 'lying', 'pathetic', 'sad',
  'miserable', 'nasty', 'arrogant', 'ignorant']);
/** "what a clown", "you're a liar", "bunch of clowns": a pointer with an article or "of" between. */
const POINTERS_BEFORE_ARTICLE = new Set(['what', 'such', 'youre', "you're", 'you’re', 'are', 'ur', 'bunch', 'load', 'pack', 'being']);
/** The speaker talking about themselves. */
const SELF = new Set(['i', "i'm", 'i’m', 'im', 'me', 'myself', 'yourself', 'feel', 'feels', 'feeling', 'felt', 'call', 'calling', 'not', 'no']);

const wordsBefore = (folded: string, start: number, count: number): string[] =>
  folded.slice(Math.max(0, start - 60), start).split(/[^\p{L}\p{N}'’]+/u).filter(Boolean).slice(-count);

/** Strong names count after any pointer among the three words before; mild ones need it right before. */
/** ", loser." / ", clown 🤡": a name in a clause of its own at the end, said to someone. */
const VOCATIVE_BEFORE = /,\s*$/;
const VOCATIVE_AFTER = /^\s*(?:[.!?…]|[^\x00-\x7f]|$)/;
const isVocative = (text: FoldedText, hit: ListedWordHit): boolean =>
  VOCATIVE_BEFORE.test(text.folded.slice(Math.max(0, hit.foldedStart - 4), hit.foldedStart)) &&
  VOCATIVE_AFTER.test(text.folded.slice(hit.foldedEnd, hit.foldedEnd + 3));

/**
 * "Dave parking like an idiot", "he keeps driving like an idiot": someone named or pointed at does
 * it. Otherwise ("crossed the line grinning like an idiot", "sat in the car singing like an idiot")
 * it is how the writer, or a dog, did something.
 */
const PERSON_BEFORE_ING = new Set(['he', 'she', 'they', 'you', 'keeps', 'kept']);
const personDoingIt = (text: FoldedText, hit: ListedWordHit, word: string | undefined): boolean => {
  if (word === undefined) return false;
  if (PERSON_BEFORE_ING.has(word)) return true;
  const at = text.folded.lastIndexOf(word, hit.foldedStart);
  const original = at < 0 ? '' : text.original.slice(...toOriginalSpan(text, at, at + 1));
  return /\p{Lu}/u.test(original) && !/[.!?]\s*$/u.test(text.folded.slice(Math.max(0, at - 3), at));
};

const pointsAtSomeone = (text: FoldedText, hit: ListedWordHit, strong: boolean): boolean => {
  const before = wordsBefore(text.folded, hit.foldedStart, 4);
  if (before.some((word) => SELF.has(word))) return false;
  // "crossed the line grinning like an idiot": how the writer did something, unless someone named or pointed at does it.
  if (before.at(-2) === 'like' && /^an?$/u.test(before.at(-1) ?? '') && /ing$/u.test(before.at(-3) ?? '') && !personDoingIt(text, hit, before.at(-4))) return false;
  if (isVocative(text, hit)) return true;
  if (strong) return before.slice(-3).some((word) => POINTERS_STRONG.has(word));
  const [second, first] = [before.at(-2), before.at(-1)];
  if (first !== undefined && POINTERS_MILD.has(first) && !(first === 'you' && (second === 'thank' || second === 'love' || second === 'see'))) return true;
  return (first === 'a' || first === 'an' || first === 'of') && second !== undefined && POINTERS_BEFORE_ARTICLE.has(second);
};

const nameCalling = (text: FoldedText): Signal[] => {
  const hits = [
    ...listedWordHits(text, 'insult-strong').filter((hit) => pointsAtSomeone(text, hit, true)),
    ...listedWordHits(text, 'insult-mild').filter((hit) => pointsAtSomeone(text, hit, false)),
  ];
  return hits.map((hit) => ({ span: hit.span, reason: 'Calling someone names is harassment, however they behaved.' }));
};

export const insultOrThreat: Detector = {
  id: 'insult-or-threat',
  description: 'Calling a person names, however disguised.',
  detect: ({ text }) => nameCalling(text),
};
