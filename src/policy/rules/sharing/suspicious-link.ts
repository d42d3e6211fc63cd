import type { Detector, DetectorContext, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { nearby } from './cues.ts';
import { findLinks, isOwnLink, type Link } from './find-links.ts';
import { hostRisk, isShortener } from './host-risks.ts';
import { isGenuineBrandLink } from './protected-names.ts';
import { BAIT_WORDING, CLICK_INTENT, CREDENTIAL_WORDING, DIRECT_MESSAGE, SCAM_AWARENESS } from './link-wording.ts';
import { negatedBefore } from './sentences.ts';

/**
 * Suspicious links (security.suspicious-links): a host that is a raw IP address, punycode,
 * a look-alike of the organisation's own or a well-known brand's domain, or a brand worn by
 * someone else's domain; or any unknown link offered with credential-harvesting wording,
 * with a vague "is this you?" lure, or that the writer is about to click from a direct message.
 */

const REMOVE_LINK = { kind: 'replace', with: '' } as const;

const signal = (link: Link, why: string): Signal => ({
  span: link.span,
  reason: `Suspicious link: ${why}. Don't click or share it.`,
  edit: REMOVE_LINK,
});

/** Why the words around the links make an unknown link suspicious, if they do. */
const wordingRisk = (context: DetectorContext): string | undefined => {
  const { text } = context;
  const awareness = SCAM_AWARENESS.test(text.folded);
  if (!awareness) {
    const credential = findAll(text, CREDENTIAL_WORDING).find((match) => !negatedBefore(text, match.foldedStart, 30));
    if (credential) return `it comes with a request to "${credential.text}", which is how credential-phishing works`;
    const bait = findAll(text, BAIT_WORDING)[0];
    if (bait) return `it comes with the vague lure "${bait.text}", typical of scam direct messages`;
  }
  const fromMessage = findAll(text, DIRECT_MESSAGE).length > 0;
  const clicking = findAll(text, CLICK_INTENT).find((match) => !negatedBefore(text, match.foldedStart, 30));
  if (fromMessage && clicking) return 'it arrived in an unsolicited message and opening it could compromise the account';
  return undefined;
};

/** "Someone DM'd me a link saying I'd won something, gonna click it": the link isn't quoted, but the plan is the breach. */
const clickingUnseenLink = ({ text }: DetectorContext): Signal[] => {
  const clicking = findAll(text, CLICK_INTENT).find((match) => !negatedBefore(text, match.foldedStart, 30) && !/^(?:shall|should|dare)/.test(match.text));
  if (!clicking || !nearby(text, clicking, LINK_WORD, 160)) return [];
  if (!nearby(text, clicking, DIRECT_MESSAGE_ONCE, 240) && !nearby(text, clicking, BAIT_ONCE, 240)) return [];
  return [{ span: clicking.span, reason: 'Plans to open a link from an unsolicited or vague message. Don\'t click it: report and delete the message instead.' }];
};

const LINK_WORD = /(?<![\p{L}])(?:link|links|url|attachment)(?![\p{L}])/u;
const DIRECT_MESSAGE_ONCE = new RegExp(DIRECT_MESSAGE.source, 'u');
const BAIT_ONCE = new RegExp(BAIT_WORDING.source, 'u');

export const suspiciousLink: Detector = {
  id: 'suspicious-link',
  description: 'Links with a raw IP, punycode or look-alike host, or offered with credential-harvesting or vague direct-message wording.',
  detect(context) {
    const links = findLinks(context.text).filter((link) => !isOwnLink(link, context.organisation.ownDomains));
    if (links.length === 0) return clickingUnseenLink(context);
    const signals: Signal[] = [];
    const unflagged: Link[] = [];
    for (const link of links) {
      const risk = hostRisk(context.text, link, context.organisation.ownDomains, context.organisation.names);
      if (risk) signals.push(signal(link, risk));
      else unflagged.push(link);
    }
    const unknown = unflagged.filter((link) => isShortener(link) || !isGenuineBrandLink(link));
    if (unknown.length > 0) {
      const why = wordingRisk(context);
      if (why) for (const link of unknown) signals.push(signal(link, isShortener(link) ? `it is a shortened link hiding its destination and ${why}` : why));
    }
    return signals;
  },
};
