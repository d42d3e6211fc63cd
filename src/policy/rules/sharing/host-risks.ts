import { DraftMemo, type FoldedText } from '../../normalise-text.ts';
import { hostTokens, type Link } from './find-links.ts';
import { isGenuineBrandLink, lookAlikeCandidates, protectedNames, skeleton, withinOneEdit } from './protected-names.ts';

/**
 * What makes a link's host itself suspicious, whatever the words around it say: a raw IP
 * address, punycode or non-Latin look-alike letters, a domain one typo away from the
 * organisation's own or a well-known brand, or a brand's name worn by someone else's domain.
 */

/**
 * Labels that only ever appear in a public suffix; inside a subdomain they dress a host up as
 * another ("ukcp.org.uk.portal.info"). Not "uk": country subdomains ("uk.linkedin.com") are normal.
 */
const SUFFIX_LABELS = new Set(['com', 'net', 'org', 'co', 'gov', 'ac', 'edu', 'nhs']);

/** Words phishing hosts string together to look like an account page ("secure-login-verify"). */
const LOGIN_LURE_TOKENS = new Set([
  'secure', 'security', 'login', 'signin', 'logon', 'verify', 'verification', 'validate', 'account', 'accounts', 'update', 'confirm',
  'authenticate', 'auth', 'wallet', 'recovery', 'unlock', 'billing', 'support', 'helpdesk', 'appeal', 'appeals', 'refund', 'claim',
]);

/** Hosting platforms where an organisation's name as a subdomain is normal (its own page there). */
/** Lure words strong enough that an ordinary-word brand ("zoom", "dpd") beside one is a warning. */
const STRONG_LURE_TOKENS = new Set([
  'login', 'signin', 'logon', 'verify', 'verification', 'secure', 'security', 'redelivery', 'reschedule', 'refund', 'refunds',
  'unlock', 'recovery', 'billing', 'auth', 'authenticate', 'renew', 'renewal', 'renewals', 'payment', 'payments',
]);

const HOSTING_PLATFORMS = new Set([
  'sharepoint.com', 'wordpress.com', 'blogspot.com', 'substack.com', 'github.io', 'wixsite.com', 'squarespace.com',
  'mailchimpsites.com', 'myshopify.com', 'zoom.us', 'eventbrite.co.uk', 'eventbrite.com', 'webex.com', 'okta.com',
  'my.site.com', 'force.com', 'teams.microsoft.com', 'notion.site', 'typeform.com', 'jotform.com', 'onlinesurveys.ac.uk',
]);

/** Each link's risk by its index ("" for none; a hole while not assessed), per draft: two or three detectors ask about each link. */
const risks = new DraftMemo<{ readonly ownDomains: readonly string[]; readonly byIndex: string[] }>();

/** Why the host is suspicious, in words a person understands; undefined when it looks ordinary. Once per link of a draft. */
export const hostRisk = (text: FoldedText, link: Link, ownDomains: readonly string[], ownNames: readonly string[] = []): string | undefined => {
  let known = risks.get(text);
  if (!known || known.ownDomains !== ownDomains) risks.set(text, (known = { ownDomains, byIndex: [] }));
  let risk = known.byIndex[link.index];
  if (risk === undefined) known.byIndex[link.index] = risk = assessHost(link, ownDomains, ownNames) ?? '';
  return risk === '' ? undefined : risk;
};

const assessHost = (link: Link, ownDomains: readonly string[], ownNames: readonly string[]): string | undefined => {
  const hostname = link.host.hostname ?? '';
  if (link.host.isIp) return `the link goes to a bare IP address (${hostname}) instead of a named website — a common sign of a scam`;
  if (hostname.split('.').some((label) => label.startsWith('xn--'))) {
    return `the link's address ${hostname} is punycode, which can disguise look-alike letters`;
  }
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(link.originalHost)) {
    return `the link's address "${link.originalHost}" uses non-Latin look-alike letters`;
  }
  const protectedSet = protectedNames(ownDomains, ownNames);
  const { names } = protectedSet;
  // Whether the link is genuinely a name's, asked only of the few names a word of the host could imitate.
  const genuine = (index: number): boolean => names[index]!.isGenuine(link);
  const registrable = link.host.domainWithoutSuffix ?? '';
  const registrableSkeleton = skeleton(registrable);
  for (const index of lookAlikeCandidates(protectedSet, registrable, registrableSkeleton)) {
    if (genuine(index)) continue;
    const name = names[index]!;
    // Typo-squats: one edit away, or the same once look-alike letters are read alike.
    const typoSquat = registrable !== name.label && (registrableSkeleton === name.skeleton || (name.label.length >= 6 && withinOneEdit(registrable, name.label)));
    if (typoSquat) return `${link.host.domain} looks like ${name.display} but is a different address`;
    // The organisation's own name on a domain it does not own ("zrtherapy.com" when it owns zrtherapy.co.uk).
    if (registrable === name.label) return `${link.host.domain} uses the name ${name.label} but is not ${name.display}`;
  }
  if (HOSTING_PLATFORMS.has(link.host.domain ?? '') || isGenuineBrandLink(link)) return undefined;
  const subdomainLabels = (link.host.subdomain ?? '').split('.').filter(Boolean);
  if (subdomainLabels.some((label) => SUFFIX_LABELS.has(label))) {
    return `the address ${hostname} is dressed up as another site but really belongs to ${link.host.domain}`;
  }
  const tokens = new Set(hostTokens(link));
  const lure = [...tokens].filter((token) => LOGIN_LURE_TOKENS.has(token));
  if (lure.length >= 2) return `the address ${hostname} is dressed up as a log-in or account page ("${lure.join('-')}")`;
  // "zr-therapy-clientportal.com": the organisation's own name, hyphenated into a domain it does not own.
  if (registrable.includes('-')) {
    const squashed = registrable.replaceAll('-', '');
    for (let index = 0; index < protectedSet.ownCount; index++) {
      const name = names[index]!;
      if (name.label.length >= 6 && squashed.includes(name.label) && !genuine(index)) {
        return `the address ${hostname} borrows the name "${name.label}" but really belongs to ${link.host.domain}`;
      }
    }
  }
  // A name worn whole is one of the host's words; only beside a lure can it be run into a longer word.
  const worn = lure.length > 0 ? names.keys() : sortedIndices([...tokens].flatMap((token) => protectedSet.byLabel.get(token) ?? []));
  for (const index of worn) {
    const name = names[index]!;
    if (name.distinctive && !genuine(index) && (tokens.has(name.label) || (lure.length > 0 && joinsNameInLabel(registrable, name.label)))) {
      return `the address ${hostname} borrows the name "${name.label}" but really belongs to ${link.host.domain}`;
    }
  }
  const strongLure = [...tokens].some((token) => STRONG_LURE_TOKENS.has(token));
  // Skeletons once per token, not once per token and name.
  const longTokens = [...tokens].filter((token) => token.length >= 3);
  const tokenSkeletons = longTokens.map(skeleton);
  const imitated = sortedIndices(longTokens.flatMap((token, at) => lookAlikeCandidates(protectedSet, token, tokenSkeletons[at]!)));
  for (const index of imitated) {
    if (genuine(index)) continue;
    const name = names[index]!;
    for (let at = 0; at < longTokens.length; at++) {
      const token = longTokens[at]!;
      if (name.distinctive) {
        // A look-alike of a distinctive name inside the host: "micros0ft-mail.com".
        // Whether it is a plural is asked last: most pairs are nothing alike, which is cheaper to see.
        const lookAlike =
          token !== name.label &&
          (tokenSkeletons[at] === name.skeleton || (name.label.length >= 6 && Math.abs(token.length - name.label.length) <= 1 && withinOneEdit(token, name.label))) &&
          !(isPlural(token, name.label) || isPlural(name.label, token)); // "good-samaritan-trust" is not "samaritans"
        if (lookAlike) return `the address ${hostname} imitates the name "${name.label}" but really belongs to ${link.host.domain}`;
      } else if (strongLure && token === name.label) {
        // An ordinary-word brand next to a log-in or delivery lure: "zoom-us-login.co", "dpd-redelivery.info".
        return `the address ${hostname} pairs the name "${name.label}" with a log-in or payment lure but really belongs to ${link.host.domain}`;
      }
    }
  }
  return undefined;
};

/** Distinct indices, ascending: names are judged in the list's order, so the first name that fits gives the reason. */
const sortedIndices = (indices: readonly number[]): number[] => [...new Set(indices)].sort((a, b) => a - b);

/**
 * "login-microsoftonline.co", "securepaypal-verify.com": a distinctive name run into other letters
 * in a hyphenated registrable name, beside a log-in word. A brand's own names are one word
 * ("googleusercontent", "microsoftonline"), and names of under 6 letters stay ordinary words.
 */
const joinsNameInLabel = (registrable: string, label: string): boolean =>
  label.length >= 6 &&
  registrable.includes('-') &&
  registrable.split('-').some((part) => part.length > label.length + 2 && (part.startsWith(label) || part.endsWith(label)));

/** `word` is `stem` followed by "s". */
const isPlural = (word: string, stem: string): boolean => word.length === stem.length + 1 && word.endsWith('s') && word.startsWith(stem);

/** Well-known link shorteners: they hide where a link really goes. */
export const SHORTENERS = new Set([
  'bit.ly', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly', 'shorturl.at', 'rb.gy',
  'tiny.cc', 't.ly', 'bl.ink', 'short.io', 'lnkd.in', 'v.gd', 'shorte.st', 'adf.ly', 'qrco.de',
]);

export const isShortener = (link: Link): boolean => SHORTENERS.has(link.host.domain ?? '');

