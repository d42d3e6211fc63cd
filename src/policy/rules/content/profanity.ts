import type { Detector, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { listedWordHits, maskHit } from './disguised-word-hits.ts';
import { swearSubstitute } from './swear-substitutes.ts';

/**
 * Swearing and crude words, however disguised: leetspeak, masks, spacing, repeated letters,
 * look-alike letters and invisible characters. Whole words only, so place names and ordinary
 * words that contain one ("Scunthorpe", "assessment") stay innocent. Its edit replaces the word
 * with a clean one (a masked "f***" is still swearing), and the reason names it masked.
 */

/** Mild oaths that are only swearing as a phrase ("bloody" alone is often literal). */
const SWEARING_PHRASES = /(?<![a-z])(?:bloody hell|sod (?:it|this|that)|god ?damn|for (?:f|fs|f['’]s|f\*+k?s?|fuck['’]?s|eff['’]?s|effs|feck['’]?s) sake|give (?:a|one) (?:flying |single )?(?:f|f\*+k?))(?![a-z0-9*'’-]|\.[a-z0-9])/g;

export const profanity: Detector = {
  id: 'profanity',
  description: 'Swearing and crude words, including disguised spellings (digits or symbols for letters, spaced, masked or stretched).',
  detect: ({ text }) => [
    ...listedWordHits(text, 'profanity').map((hit): Signal => {
      const masked = maskHit(hit, text.original);
      const clean = hit.inside ? '' : swearSubstitute(hit.form);
      return { span: hit.span, reason: `Swearing ("${masked}") is inappropriate content, even disguised.`, edit: { kind: 'replace', with: clean } };
    }),
    ...findAll(text, SWEARING_PHRASES).map((match): Signal => ({ span: match.span, reason: 'Swearing is inappropriate content for work posts.' })),
  ],
};
