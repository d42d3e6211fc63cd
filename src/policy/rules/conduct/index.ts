import type { Detector } from '../detector.ts';

/** The conduct detectors (see ../index.ts). */
export const CONDUCT_DETECTORS: readonly Detector[] = [];
