import type { Detector } from '../detector.ts';
import { competitorMention } from './competitor-mention.ts';
import { competitorRude } from './competitor-rude.ts';
import { defamation } from './defamation.ts';
import { defensiveReply } from './defensive-reply.ts';
import { disparagesOrganisation } from './disparages-organisation.ts';
import { politicalOrReligiousView } from './political-or-religious-view.ts';
import { promise } from './promise.ts';
import { publicCaseHandling } from './public-case-handling.ts';
import { speakingForOrganisation } from './speaking-for-organisation.ts';

/** The conduct detectors (see ../index.ts). */
export const CONDUCT_DETECTORS: readonly Detector[] = [
  defamation,
  politicalOrReligiousView,
  competitorRude,
  competitorMention,
  disparagesOrganisation,
  promise,
  publicCaseHandling,
  defensiveReply,
  speakingForOrganisation,
];
