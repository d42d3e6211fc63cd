import type { Detector, Signal } from '../detector.ts';
import { findCompetitorMentions } from './competitors.ts';
import { rudeAboutUnnamedCompetitors } from './unnamed-competitors.ts';

/** Rude, mocking or disrespectful words about a competitor (eye-rolls, sarcasm, scorn), named or not. */
export const competitorRude: Detector = {
  id: 'competitor-rude',
  description: 'Rude, mocking or disrespectful about a competitor (another practice, clinic or therapist).',
  detect: (context) => {
    const named: Signal[] = findCompetitorMentions(context).flatMap(({ party, rude }) =>
      rude ? [{ span: [Math.min(party.span[0], rude.span[0]), Math.max(party.span[1], rude.span[1])] as const, reason: `Mocks or runs down ${party.name}, a competitor.` }] : [],
    );
    return [...named, ...rudeAboutUnnamedCompetitors(context)];
  },
};
