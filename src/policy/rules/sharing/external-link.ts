import type { Detector, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { findLinks, isOwnLink, type Link } from './find-links.ts';
import { hostRisk } from './host-risks.ts';
import { isPirateHost } from './piracy.ts';

/**
 * Links to someone else's content (company.review-before-sharing): any link whose host is not
 * one of the organisation's own domains. The policy asks for the content to be read in full,
 * not shared on the strength of its headline. Suspicious and pirate hosts are left to
 * suspicious-link and piracy, whose advice (don't click, don't share) replaces this one.
 */

/** Networks where a profile path names its owner: instagram.com/<handle> is the organisation's own page. */
const PROFILE_HOSTS = new Set([
  'instagram.com', 'facebook.com', 'x.com', 'twitter.com', 'linkedin.com', 'tiktok.com', 'youtube.com', 'threads.net', 'bsky.app', 'pinterest.com',
]);

const isOwnProfile = (link: Link, names: readonly string[]): boolean => {
  if (!PROFILE_HOSTS.has(link.host.domain ?? '')) return false;
  const path = link.url.replace(/^https?:\/\//, '').split('/').slice(1).filter((segment) => segment && segment !== 'company' && segment !== 'in' && segment !== 'c');
  const first = (path[0] ?? '').replace(/^@/, '').split(/[?#]/)[0] ?? '';
  const compact = names.map((name) => name.replace(/\s+/g, ''));
  return first !== '' && compact.includes(first);
};

/** "link in bio", "link below": a link the post points to without writing it out. */
const LINK_POINTER = /(?<![\p{L}])(?:link (?:is )?in (?:our |my |the )?bio|link (?:is )?below|linked below|link in (?:the |our |my )?(?:comments|stories|story)|swipe up)(?![\p{L}])/gu;
/** A news outlet or journal credited for it: the link then leads to their content, not ours. */
const OUTLET_CREDIT = new RegExp(
  '(?<![\\p{L}])(?:via|from|in|by|according to) (?:the )?(?:bbc|guardian|times|sunday times|telegraph|independent|daily mail|mail online|daily express|express|mirror|daily mirror|the sun|metro|inews|huffpost|huffington post|sky news|itv news|channel 4 news|new york times|washington post|psychology today|the conversation|vice|buzzfeed|reuters|lancet|bmj|new scientist|daily star|evening standard)(?![\\p{L}])',
  'gu',
);

const OWN_TARGET = /^\s*(?:to|for) (?:our|my)(?![\p{L}])/u;

/** A headline quoted or pointed at: someone's story, not ours ("headline says it all… link in comments"). */
const HEADLINE = /(?<![\p{L}])headlines?(?![\p{L}])/gu;

/**
 * An address read out rather than written, as people type on a phone or to dodge link filters:
 * "mind dot org dot uk slash support". One name, "dot", a common ending, maybe a country.
 */
const SPELLED_OUT_ADDRESS = /(?<![\p{L}\p{N}])([a-z0-9][a-z0-9-]{0,40}) dot (org|com|co|net|gov|nhs|ac|io|info)(?: dot (uk|au|nz|ie))?(?![\p{L}\p{N}])/gu;

/** The domain a read-out address names ("mind.org.uk"). */
const spelledOutDomain = (groups: readonly (string | undefined)[]): string => groups.filter((part): part is string => part !== undefined).join('.');

export const externalLink: Detector = {
  id: 'external-link',
  description: "Links to someone else's content (any domain that is not the organisation's own).",
  detect({ text, organisation }) {
    const signals: Signal[] = [];
    for (const link of findLinks(text)) {
      if (isOwnLink(link, organisation.ownDomains) || isOwnProfile(link, organisation.names)) continue;
      // Suspicious and pirate links get stronger advice from their own detectors.
      if (hostRisk(text, link, organisation.ownDomains, organisation.names) || isPirateHost(link)) continue;
      const site = link.host.isIp ? link.host.hostname : link.host.domain;
      signals.push({
        span: link.span,
        reason: `Links to someone else's content (${site}): read it all before sharing, not just the headline.`,
      });
    }
    for (const address of findAll(text, SPELLED_OUT_ADDRESS)) {
      const domain = spelledOutDomain(address.groups);
      if (organisation.ownDomains.some((own) => domain === own || domain.endsWith(`.${own}`))) continue;
      signals.push({ span: address.span, reason: `Points to someone else's content (${domain}): read it all before sharing, not just the headline.` });
    }
    // "Great piece in the Guardian today, link in bio": someone else's content, linked from elsewhere.
    if (signals.length === 0 && (findAll(text, OUTLET_CREDIT).length > 0 || findAll(text, HEADLINE).length > 0)) {
      for (const pointer of findAll(text, LINK_POINTER)) {
        // "link in bio to our sleep guide": the link is the organisation's own.
        if (OWN_TARGET.test(text.folded.slice(pointer.foldedEnd, pointer.foldedEnd + 12))) continue;
        signals.push({ span: pointer.span, reason: "Points to someone else's content (a news outlet's): read it all before sharing, not just the headline." });
      }
    }
    return signals;
  },
};
