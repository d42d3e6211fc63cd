import type { Detector, Signal } from '../detector.ts';
import { listedWordHits, maskHit } from './disguised-word-hits.ts';

/**
 * Swearing and crude words, however disguised: leetspeak, masks, spacing, repeated letters,
 * look-alike letters and invisible characters. Whole words only, so place names and ordinary
 * words that contain one ("Scunthorpe", "assessment") stay innocent. Its edit masks the word.
 */
export const profanity: Detector = {
  id: 'profanity',
  description: 'Swearing and crude words, including disguised spellings (sh1t, f u c k, f**k, shiiit).',
  detect: ({ text }) =>
    listedWordHits(text, 'profanity').map((hit): Signal => {
      const masked = maskHit(hit, text.original);
      return {
        span: hit.span,
        reason: `Swearing ("${masked}") is inappropriate content, even disguised.`,
        edit: { kind: 'replace', with: masked },
      };
    }),
};
