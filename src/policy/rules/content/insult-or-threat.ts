import type { FoldedText } from '../../normalise-text.ts';
import type { Detector, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { listedWordHits, type ListedWordHit } from './disguised-word-hits.ts';
import { findGroupPutDowns } from './group-put-downs.ts';
import { CLAUSE_START_BEFORE, INSULT_PHRASES, OWN_CLAUSE_DISMISSALS, REPORTED_FEELING, THREAT_PHRASES } from './insult-phrases.ts';
import { MOCKING_PHRASES } from './mocking-phrases.ts';
import { sentenceAt, sentenceRanges } from './sentences.ts';

/**
 * Insults, name-calling, threats and put-downs of a person or a group: harassment. A name only
 * counts when it points at someone ("the idiot who…", "you clown"), not when someone speaks of
 * themselves ("I felt like an idiot").
 */

/** Words before a strong name that point it at someone. */
const POINTERS_STRONG = new Set(['you', 'ya', 'u', 'ur', 'your', 'youre', "you're", 'you’re', 'what', 'such', 'some', 'this', 'that', 'the', 'a', 'an',
  'absolute', 'total', 'complete', 'utter', 'proper', 'right', 'massive', 'bloody', 'fucking', 'stupid', 'little', 'of', 'is', 'are', "he's", "she's",
  "they're", 'he’s', 'she’s', 'they’re', 'these', 'those', 'dear', 'fat', 'ugly', 'old', 'silly', 'daft', 'lazy', 'useless', 'thick', 'typical']);
/** Mild names need a clearer pointer. */
const POINTERS_MILD = new Set(['you', 'ya', 'u', 'youre', "you're", 'you’re', 'absolute', 'total', 'complete', 'utter', 'proper', 'right', 'massive',
  'bloody', 'fucking', 'stupid', 'fat', 'ugly', 'silly', 'daft', 'thick']);
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

const pointsAtSomeone = (text: FoldedText, hit: ListedWordHit, strong: boolean): boolean => {
  const before = wordsBefore(text.folded, hit.foldedStart, 4);
  if (before.some((word) => SELF.has(word))) return false;
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

const phraseSignals = (text: FoldedText): Signal[] => {
  const sentences = sentenceRanges(text.folded);
  const dismissals = findAll(text, OWN_CLAUSE_DISMISSALS).filter((match) =>
    CLAUSE_START_BEFORE.test(text.folded.slice(Math.max(0, match.foldedStart - 40), match.foldedStart)),
  );
  const insults = [...dismissals, ...findAll(text, INSULT_PHRASES)].filter((match) => {
    if (!match.text.startsWith('you')) return true;
    const sentence = sentenceAt(sentences, match.foldedStart, text.folded.length);
    return !REPORTED_FEELING.test(text.folded.slice(sentence.start, match.foldedStart));
  });
  return [
    ...insults.map((match): Signal => ({ span: match.span, reason: 'Insulting or dismissing someone is harassment.' })),
    ...findAll(text, MOCKING_PHRASES).map((match): Signal => ({ span: match.span, reason: 'Mocking someone is harassment, even without a swear word.' })),
    ...findAll(text, THREAT_PHRASES).map((match): Signal => ({ span: match.span, reason: 'This reads as a threat to someone.' })),
    ...findGroupPutDowns(text).map((match): Signal => ({ span: match.span, reason: 'Demeaning a whole group of people is harassment.' })),
  ];
};

export const insultOrThreat: Detector = {
  id: 'insult-or-threat',
  description: 'Insults, name-calling, threats and put-downs aimed at a person or a group.',
  detect: ({ text }) => [...nameCalling(text), ...phraseSignals(text)],
};
