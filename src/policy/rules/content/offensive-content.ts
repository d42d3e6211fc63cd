import type { FoldedText } from '../../normalise-text.ts';
import type { Detector, Signal } from '../detector.ts';
import { listedWordHits, maskHit } from './disguised-word-hits.ts';

/**
 * Inappropriate words other than swearing: racial, religious and other slurs, ableist slurs,
 * sexually explicit words and pornography, found disguise-aware on every draft (from the one
 * shared walk of the draft's words, so cheap). Phrases are `offensive-phrases`; promotion of
 * drugs, gambling, cults, terrorism or crime is `harmful-promotion`.
 */

/** Talking about pornography as a problem people get help with is not sharing it. */
const PORN_AS_TOPIC = /(?<![a-z])(?:addict\w*|compulsive|problem\w*|habit|recover\w*|support|struggl\w*|harms?|impact\w*|effects?|affect\w*|therapy|counsell\w*|porn use|pornography use|dependen\w*|shame|secrecy|relationships?)(?![a-z])/;

const wordSignals = (text: FoldedText): Signal[] => {
  const signals: Signal[] = [];
  const add = (hits: ReturnType<typeof listedWordHits>, reason: string): void => {
    for (const hit of hits) signals.push({ span: hit.span, reason, edit: { kind: 'replace', with: maskHit(hit, text.original) } });
  };
  add(listedWordHits(text, 'slur'), 'A slur on race, religion, sexuality or gender is offensive content.');
  add(listedWordHits(text, 'ableist'), 'An ableist slur is offensive content.');
  add(listedWordHits(text, 'sexual'), 'Sexual content is inappropriate on social media for work.');
  const porn = listedWordHits(text, 'porn');
  if (porn.length > 0 && !PORN_AS_TOPIC.test(text.folded)) add(porn, 'Pornography is inappropriate content.');
  return signals;
};

export const offensiveContent: Detector = {
  id: 'offensive-content',
  description: 'Slurs, ableist slurs and sexually explicit words, however disguised (n1gg@, r3tard, p0rn).',
  detect: ({ text }) => wordSignals(text),
};
