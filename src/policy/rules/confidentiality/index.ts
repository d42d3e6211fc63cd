import type { Detector } from '../detector.ts';

/** The confidentiality detectors (see ../index.ts). */
export const CONFIDENTIALITY_DETECTORS: readonly Detector[] = [];
