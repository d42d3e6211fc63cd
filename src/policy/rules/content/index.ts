import type { Detector } from '../detector.ts';
import { insultOrThreat } from './insult-or-threat.ts';
import { offensiveContent } from './offensive-content.ts';
import { profanity } from './profanity.ts';

/** The content detectors (see ../index.ts). */
export const CONTENT_DETECTORS: readonly Detector[] = [profanity, offensiveContent, insultOrThreat];
