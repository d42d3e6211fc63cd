import type { Detector } from '../detector.ts';

/** The content detectors (see ../index.ts). */
export const CONTENT_DETECTORS: readonly Detector[] = [];
