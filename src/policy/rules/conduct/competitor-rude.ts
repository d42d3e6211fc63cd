import type { Detector } from '../detector.ts';
import { findCompetitorMentions } from './competitors.ts';

/** Rude, mocking or disrespectful words about a named competitor (eye-rolls, sarcasm, scorn). */
export const competitorRude: Detector = {
  id: 'competitor-rude',
  description: 'Rude, mocking or disrespectful about a named competitor (another practice, clinic or therapist).',
  detect: (context) =>
    findCompetitorMentions(context).flatMap(({ party, rude }) =>
      rude ? [{ span: [Math.min(party.span[0], rude.span[0]), Math.max(party.span[1], rude.span[1])] as const, reason: `Mocks or runs down ${party.name}, a competitor.` }] : [],
    ),
};
