import type { Detector, Signal } from '../detector.ts';
import { CULT_TRIGGERS, findCultRecruitment } from './find-cult-recruitment.ts';
import { findPromotions } from './find-promotions.ts';
import { PROMOTION_TRIGGERS } from './promotion-triggers.ts';

/**
 * Content promoting illegal drugs, gambling, cults (named or recruiting without the word),
 * terrorism or criminal skills. Mentions framed as help, health or warning are fine. Every
 * promotion it finds holds one of its `triggers`, so the checker runs it only when one is there.
 */
export const harmfulPromotion: Detector = {
  id: 'harmful-promotion',
  description: 'Promotion of illegal drugs, gambling, cults, terrorism or criminal skills.',
  triggers: [...new Set([...PROMOTION_TRIGGERS, ...CULT_TRIGGERS])],
  detect: ({ text }) => {
    const signals: Signal[] = findPromotions(text).map(({ topic, match }) => ({ span: match.span, reason: topic.reason }));
    const cult = findCultRecruitment(text);
    if (cult) signals.push({ span: cult.span, reason: 'Recruiting into a cult-like group (cutting off family, handing over money) is inappropriate content.' });
    return signals;
  },
};
