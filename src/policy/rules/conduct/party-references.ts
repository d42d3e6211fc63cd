import { DraftMemo, type FoldedText } from '../../normalise-text.ts';
import type { NamedParty } from '../named-parties.ts';
import { phrases, sentenceIndexAt, sentencesOf } from './sentences.ts';

/**
 * Which named party a sentence is about: one named in it, or, when the sentence says "they",
 * "he", "she" or "its", one named in the two sentences before.
 */

const THIRD_PERSON = phrases([
  'they', "they're", 'theyre', "they've", "they'd", "they'll", 'them', 'their', 'he', "he's", 'his', 'him', 'she',
  "she's", 'her', 'this lot', 'that lot', 'this company', 'that company', 'this firm', 'this place', 'that place',
  'its', 'the founder', 'the founders', 'the owner', 'the owners', 'the director', 'the company', 'the firm',
]);

const theyCache = new DraftMemo<Map<number, boolean>>();
/** Whether sentence `index` says "they", "he", "she"…; read once per sentence. */
const saysThey = (text: FoldedText, index: number): boolean => {
  let known = theyCache.get(text);
  if (!known) theyCache.set(text, (known = new Map()));
  let answer = known.get(index);
  if (answer === undefined) {
    const [start, end] = sentencesOf(text)[index]!;
    THIRD_PERSON.lastIndex = 0;
    known.set(index, (answer = THIRD_PERSON.test(text.folded.slice(start, end))));
  }
  return answer;
};

/** Parties (in text order) starting in folded `[start, end)`, found by binary search so long drafts stay linear. */
export const partiesBetween = (parties: readonly NamedParty[], start: number, end: number): readonly NamedParty[] => {
  let low = 0;
  let high = parties.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (parties[middle]!.foldedStart < start) low = middle + 1;
    else high = middle;
  }
  let stop = low;
  while (stop < parties.length && parties[stop]!.foldedStart < end) stop += 1;
  return parties.slice(low, stop);
};

/** The party a folded offset's sentence talks about, if any (the nearest one named before it). */
export const partyReferredAt = (text: FoldedText, parties: readonly NamedParty[], at: number): NamedParty | undefined => {
  if (parties.length === 0) return undefined;
  const ranges = sentencesOf(text);
  const index = sentenceIndexAt(text, at);
  const [start, end] = ranges[index]!;
  const inSentence = partiesBetween(parties, start, end);
  if (inSentence.length > 0) return inSentence.filter((party) => party.foldedStart <= at).at(-1) ?? inSentence[0];
  const earlierStart = ranges[Math.max(0, index - 2)]![0];
  const earlier = partiesBetween(parties, earlierStart, start);
  if (earlier.length === 0) return undefined;
  // A short follow-up ("Dishonest from top to bottom.") is about them too.
  return saysThey(text, index) || end - start < 60 ? earlier.at(-1) : undefined;
};
