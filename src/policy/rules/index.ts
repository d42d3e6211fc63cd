import { CONFIDENTIALITY_DETECTORS } from './confidentiality/index.ts';
import { CONDUCT_DETECTORS } from './conduct/index.ts';
import { CONTENT_DETECTORS } from './content/index.ts';
import type { Detector } from './detector.ts';
import { SHARING_DETECTORS } from './sharing/index.ts';

/**
 * Every general detector the checker has, by group. A policy document binds detectors to its
 * clauses by id; a detector no clause binds never runs.
 */
export const DETECTORS: readonly Detector[] = [
  ...CONTENT_DETECTORS,
  ...CONFIDENTIALITY_DETECTORS,
  ...CONDUCT_DETECTORS,
  ...SHARING_DETECTORS,
];

export const DETECTOR_IDS: ReadonlySet<string> = new Set(DETECTORS.map((detector) => detector.id));
