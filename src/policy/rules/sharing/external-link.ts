import type { Detector, Signal } from '../detector.ts';
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
    return signals;
  },
};
