import type { Detector } from '../detector.ts';

/** The sharing detectors (see ../index.ts). */
export const SHARING_DETECTORS: readonly Detector[] = [];
