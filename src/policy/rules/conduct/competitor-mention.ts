import type { Detector } from '../detector.ts';
import { contradictsLearnedMention, findCompetitorMentions } from './competitors.ts';

/**
 * Names a competitor neutrally or kindly (congratulations, referrals, meeting them at an
 * event). Fine in itself, but the policy asks that contact with competitors be kept minimal.
 * Rude mentions are competitor-rude's, so they are not repeated here.
 */
export const competitorMention: Detector = {
  id: 'competitor-mention',
  description: 'Mentions a named competitor neutrally (congratulating, recommending, meeting them).',
  detect: (context) =>
    findCompetitorMentions(context).flatMap(({ party, rude }) =>
      rude ? [] : [{ span: party.span, reason: `Mentions ${party.name}, a competitor: keep contact with competitors to a minimum.` }],
    ),
  contradictsLearned: contradictsLearnedMention,
};
