import type { FoldedText } from '../../normalise-text.ts';
import { findAll, type Match } from '../match.ts';
import { NO_TERMS, PROMOTION_TOPICS, type PromotionTopic } from './promotion-topics.ts';
import { MAX_CONTEXT, sentenceAt, sentenceRangesOf, type SentenceRange } from './sentences.ts';

/** A promoted topic found in a draft: the words that name it and why it is promotion. */
export interface Promotion {
  readonly topic: PromotionTopic;
  readonly match: Match;
}

const sentenceText = (folded: string, range: SentenceRange): string => folded.slice(range.start, Math.min(range.end, range.start + 2 * MAX_CONTEXT));

/** Whether a strong cue stands somewhere in the draft outside a help or warning sentence. */
const hasStrongCue = (folded: string, sentences: readonly SentenceRange[], topic: PromotionTopic): boolean =>
  sentences.some((range) => {
    const sentence = sentenceText(folded, range);
    return topic.strong.test(sentence) && !topic.help.test(sentence);
  });

/**
 * Every promotion of illegal drugs, gambling, cults, terrorism or criminal skills: a phrase
 * that promotes on its own, or a topic word with a promotion cue (strong anywhere, weak in its
 * sentence), unless the cue's sentence frames it as help, health or a warning.
 */
export const findPromotions = (text: FoldedText): Promotion[] => {
  const { folded } = text;
  // Sentences only once something is found: most drafts have no topic word at all.
  const sentences = (): readonly SentenceRange[] => sentenceRangesOf(text);
  const found: Promotion[] = [];
  for (const topic of PROMOTION_TOPICS) {
    const standalone = findAll(text, topic.standalone).filter((match) => !topic.help.test(sentenceText(folded, sentenceAt(sentences(), match.foldedStart, folded.length))));
    if (standalone.length > 0) {
      for (const match of standalone) found.push({ topic, match });
      continue;
    }
    // A pattern that can never match still reads the whole draft (the literal gate cannot rule it out).
    if (topic.terms === NO_TERMS) continue;
    const terms = findAll(text, topic.terms);
    if (terms.length === 0) continue;
    if (hasStrongCue(folded, sentences(), topic)) {
      found.push({ topic, match: terms[0]! });
      continue;
    }
    const promoted = terms.find((term) => {
      const sentence = sentenceText(folded, sentenceAt(sentences(), term.foldedStart, folded.length));
      return topic.weak.test(sentence) && !topic.help.test(sentence);
    });
    if (promoted) found.push({ topic, match: promoted });
  }
  return found;
};
