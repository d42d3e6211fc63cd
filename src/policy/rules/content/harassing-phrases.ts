import type { FoldedText } from '../../normalise-text.ts';
import type { Detector, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { GROUP_PUT_DOWN_TRIGGERS, findGroupPutDowns } from './group-put-downs.ts';
import { AFFECTION, CLAUSE_START_BEFORE, INSULT_PHRASES, INSULT_TRIGGERS, OWN_CLAUSE_DISMISSALS, REPORTED_FEELING, SUPERLATIVE_PUT_DOWN, THREAT_PHRASES } from './insult-phrases.ts';
import { MOCKING_PHRASES, MOCKING_TRIGGERS } from './mocking-phrases.ts';
import { sentenceAt, sentenceRangesOf } from './sentences.ts';

/**
 * Harassment in phrases: dismissals ("get a life"), mockery ("well done, Einstein"), threats
 * ("you'll regret it") and put-downs of a group. Every phrase holds one of its `triggers`.
 */

/** "we won't be naming and shaming anyone", "if you wouldn't say it to my face": the threat ruled out. */
const DISAVOWED = /(?<![\p{L}])(?:no|not|never|won['’]t(?: be)?|will not(?: be)?|don['’]t|do not|aren['’]t(?: going to)?|without|wouldn['’]t|would not|couldn['’]t|could not)\s+$/u;

const phraseSignals = (text: FoldedText): Signal[] => {
  const dismissals = findAll(text, OWN_CLAUSE_DISMISSALS).filter((match) =>
    CLAUSE_START_BEFORE.test(text.folded.slice(Math.max(0, match.foldedStart - 40), match.foldedStart)),
  );
  // "'I'm sure you're the most useless person I've ever hired' is something nobody should hear": quoted, to condemn it.
  const superlatives = findAll(text, SUPERLATIVE_PUT_DOWN).filter((match) => !AFFECTION.test(text.folded) && !/["'‘“]/u.test(text.folded.slice(Math.max(0, match.foldedStart - 40), match.foldedStart)));
  const insults = [...dismissals, ...superlatives, ...findAll(text, INSULT_PHRASES)].filter((match) => {
    if (!match.text.startsWith('you')) return true;
    // Sentences are needed only to read a "you…" insult's context; most drafts have none.
    const sentence = sentenceAt(sentenceRangesOf(text), match.foldedStart, text.folded.length);
    return !REPORTED_FEELING.test(text.folded.slice(sentence.start, match.foldedStart));
  });
  return [
    ...insults.map((match): Signal => ({ span: match.span, reason: 'Insulting or dismissing someone is harassment.' })),
    ...findAll(text, MOCKING_PHRASES).map((match): Signal => ({ span: match.span, reason: 'Mocking someone is harassment, even without a swear word.' })),
    ...findAll(text, THREAT_PHRASES)
      .filter((match) => !(/^(?:nam|say)/u.test(match.text) && DISAVOWED.test(text.folded.slice(Math.max(0, match.foldedStart - 24), match.foldedStart))))
      .map((match): Signal => ({ span: match.span, reason: 'This reads as a threat to someone.' })),
    ...findGroupPutDowns(text).map((match): Signal => ({ span: match.span, reason: 'Demeaning a whole group of people is harassment.' })),
  ];
};

export const harassingPhrases: Detector = {
  id: 'harassing-phrases',
  description: 'Phrases that insult, mock, dismiss or threaten a person, or demean a group.',
  triggers: [...new Set([...INSULT_TRIGGERS, ...MOCKING_TRIGGERS, ...GROUP_PUT_DOWN_TRIGGERS])],
  detect: ({ text }) => phraseSignals(text),
};
