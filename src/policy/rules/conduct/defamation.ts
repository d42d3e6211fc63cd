import type { FoldedText } from '../../normalise-text.ts';
import type { Detector, Signal } from '../detector.ts';
import { findNamedParties } from '../named-parties.ts';
import { ACCUSATION_NOUN, ACCUSATION_TRIGGERS, findAccusations } from './accusations.ts';
import { findCompetitorMentions } from './competitors.ts';
import { COMMON_WORDS, NON_NAME_WORDS } from './name-words.ts';
import { partiesBetween, partyReferredAt } from './party-references.ts';
import { sentenceIndexAt, sentencesOf } from './sentences.ts';

/** Longest name looked back for when an accusation may sit inside one ("Action Fraud"). */
const MAX_NAME = 120;

/**
 * States as fact that a named person or organisation is criminal, fraudulent, dishonest or
 * incompetent ("X are running a scam", "Dr Y has been falsifying notes"). An accusation with
 * nobody named ("feeling like a fraud", "these texts are a scam") is not defamation.
 */
/** "Aviva are crooks": a one-word brand, capitalised mid-sentence or not an everyday word, just before the verb. */
const WORD_BEFORE = /([\p{Lu}][\p{L}\p{N}&'’-]*)\s+$/u;
const brandBefore = (original: string, at: number): string | undefined => {
  const word = WORD_BEFORE.exec(original.slice(Math.max(0, at - 40), at))?.[1];
  if (!word || word.length < 2) return undefined;
  const folded = word.toLowerCase().replace(/['’]s$/u, '');
  return COMMON_WORDS.has(folded) || NON_NAME_WORDS.has(folded) || ACCUSATION_NOUN.test(folded) || folded === 'i' ? undefined : word;
};

/** A reply opens with the @handle it answers: "@SianM_ … you're making this up" accuses them. */
const REPLY_TO = /^\s*(@[\p{L}\p{N}_.]{2,})/u;
/** "you're", "you are", "you have been" just before the accusation: said to the person answered. */
const SAID_TO_YOU = /(?<![\p{L}])(?:you|you're|youre|you’re|you've|you have|you are|you were)(?:\s+(?:just|simply|clearly|obviously|still|now|been|all))*\s+$/u;
const addresseeAccused = (text: FoldedText, at: number): string | undefined => {
  const handle = REPLY_TO.exec(text.original)?.[1];
  if (!handle) return undefined;
  const sentenceStart = sentencesOf(text)[sentenceIndexAt(text, at)]![0];
  const saidToYou = /^you(?:['’]re|\s+are)\s/u.test(text.folded.slice(at, at + 12)) || SAID_TO_YOU.test(text.folded.slice(Math.max(sentenceStart, at - 40), at));
  return saidToYou ? handle : undefined;
};

export const defamation: Detector = {
  id: 'defamation',
  description: 'States as fact that a named person or organisation is criminal, fraudulent, dishonest or incompetent.',
  triggers: ACCUSATION_TRIGGERS,
  detect: (context) => {
    const { text, organisation } = context;
    const accusations = findAccusations(text);
    if (accusations.length === 0) return [];
    const parties = findNamedParties(text, organisation).filter((party) => !organisation.names.includes(party.words.join(' ')));
    const signals: Signal[] = [];
    for (const accusation of accusations) {
      // "Action Fraud can help": the word is part of a name, not said of one.
      if (partiesBetween(parties, accusation.foldedStart - MAX_NAME, accusation.foldedEnd).some((party) => accusation.foldedStart < party.foldedEnd)) continue;
      const name =
        partyReferredAt(text, parties, accusation.foldedStart)?.name ??
        brandBefore(text.original, accusation.span[0]) ??
        // "The Calmly app … is lying about its results": a competitor the accusation is said of.
        findCompetitorMentions(context).find((mention) => mention.rude?.foldedStart === accusation.foldedStart)?.party.name ??
        addresseeAccused(text, accusation.foldedStart);
      if (!name) continue;
      signals.push({
        span: accusation.span,
        reason: `States as fact that ${name} did wrong ("${text.original.slice(...accusation.span).trim()}"), which could be defamatory.`,
      });
    }
    return signals;
  },
};
