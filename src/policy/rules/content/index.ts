import type { Detector } from '../detector.ts';
import { harassingPhrases } from './harassing-phrases.ts';
import { harmfulPromotion } from './harmful-promotion.ts';
import { insultOrThreat } from './insult-or-threat.ts';
import { offensiveContent } from './offensive-content.ts';
import { offensivePhrases } from './offensive-phrases.ts';
import { profanity } from './profanity.ts';

/** The content detectors (see ../index.ts). Word detectors run on every draft; phrase detectors declare triggers. */
export const CONTENT_DETECTORS: readonly Detector[] = [profanity, offensiveContent, offensivePhrases, harmfulPromotion, insultOrThreat, harassingPhrases];
