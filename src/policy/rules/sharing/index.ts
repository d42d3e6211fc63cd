import type { Detector } from '../detector.ts';
import { chainOrSpam } from './chain-or-spam.ts';
import { clientFriendRequest } from './client-friend-request.ts';
import { copyrightRepost } from './copyright-repost.ts';
import { externalLink } from './external-link.ts';
import { illegalActivity } from './illegal-activity.ts';
import { piracy } from './piracy.ts';
import { suspiciousLink } from './suspicious-link.ts';

/** The sharing detectors (see ../index.ts): links, copyright, spam, illegal activity, client connections. */
export const SHARING_DETECTORS: readonly Detector[] = [
  externalLink,
  suspiciousLink,
  piracy,
  copyrightRepost,
  chainOrSpam,
  illegalActivity,
  clientFriendRequest,
];
