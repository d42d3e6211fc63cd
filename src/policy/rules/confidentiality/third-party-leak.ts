import type { Detector, DetectorContext, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { ABOUT_CONFIDENTIALITY, SECRECY_CUE, THIRD_PARTY_SOURCE } from './secrecy-cues.ts';
import { apostrophes, sentenceText } from './text-scope.ts';

/**
 * Another organisation's or person's confidential information repeated in public: leaks,
 * internal memos, embargoed releases, drafts seen early, "a friend in HR showed me".
 */

/** Signs the secret belongs to someone else: "their", or a kind of organisation. */
const OTHER_PARTY = apostrophes(
  String.raw`(?<![\p{L}])(?:their|they're|they are|they'll|they've|competitors?|rivals?|trust|council|nhs|college|university|school|hospital|company|firm|group|ltd|limited|plc|charity|government|department|ministry|bacp|ukcp|hcpc|employer|agency|clinic|board|union|association)(?![\p{L}])`,
  'u',
);

const leakSources = ({ text }: DetectorContext): Signal[] =>
  findAll(text, THIRD_PARTY_SOURCE).flatMap((match) =>
    ABOUT_CONFIDENTIALITY.test(sentenceText(text, match.foldedStart)) ? [] : [{
      span: match.span,
      reason: "Repeats another organisation's or person's confidential or unpublished information.",
    }],
  );

/** "not public yet" about someone else's news, when no leak word names the source. */
const othersUnannounced = (context: DetectorContext): Signal[] => {
  const { text } = context;
  return findAll(text, SECRECY_CUE).flatMap((match) => {
    if (ABOUT_CONFIDENTIALITY.test(sentenceText(text, match.foldedStart))) return [];
    const near = text.folded.slice(Math.max(0, match.foldedStart - 200), match.foldedEnd + 200);
    return OTHER_PARTY.test(near) ? [{ span: match.span, reason: "Shares another organisation's news before it is public." }] : [];
  });
};

/** Another organisation's or person's confidential or leaked information. */
export const thirdPartyLeak: Detector = {
  id: 'third-party-leak',
  description: "Another organisation's or person's confidential, leaked, embargoed or internal information.",
  detect: (context) => {
    const sources = leakSources(context);
    return sources.length > 0 ? sources : othersUnannounced(context);
  },
};
