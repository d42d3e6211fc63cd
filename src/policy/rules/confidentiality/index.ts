import type { Detector } from '../detector.ts';
import { businessFigures } from './business-figures.ts';
import { clientDisclosure } from './client-disclosure.ts';
import { colleagueDisclosure } from './colleague-disclosure.ts';
import { credential } from './credential.ts';
import { identityUnverified } from './identity-unverified.ts';
import { personalData } from './personal-data.ts';
import { sensitiveDetailsRequest } from './sensitive-details-request.ts';
import { thirdPartyLeak } from './third-party-leak.ts';

/** The confidentiality detectors (see ../index.ts). */
export const CONFIDENTIALITY_DETECTORS: readonly Detector[] = [
  clientDisclosure,
  colleagueDisclosure,
  businessFigures,
  thirdPartyLeak,
  personalData,
  credential,
  sensitiveDetailsRequest,
  identityUnverified,
];
