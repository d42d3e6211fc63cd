import { DraftMemo, type FoldedText } from '../../normalise-text.ts';
import { IMPERSONATED_BRANDS, type Brand } from './impersonated-brands.ts';
import { hostTokens, isOwnLink, type Link } from './find-links.ts';

/**
 * What makes a link's host itself suspicious, whatever the words around it say: a raw IP
 * address, punycode or non-Latin look-alike letters, a domain one typo away from the
 * organisation's own or a well-known brand, or a brand's name worn by someone else's domain.
 */

/** Single characters that read like a letter; a hyphen reads as nothing. */
const CONFUSABLE_CHARACTERS: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', i: 'l', '!': 'l', '|': 'l', '3': 'e', '4': 'a', '5': 's', $: 's', '7': 't', '8': 'b', '-': '' };

/**
 * Letters and digits that read alike; both sides are reduced to this "skeleton" before
 * comparing: "rn" reads as "m" and "vv" as "w" (pairs taken left to right), then single
 * characters as in CONFUSABLE_CHARACTERS. One pass, no pattern per pair: it runs for every
 * link's host and each of its words.
 */
const skeleton = (label: string): string => {
  let value = '';
  for (let index = 0; index < label.length; index++) {
    const character = label[index]!;
    const next = label[index + 1];
    if ((character === 'r' && next === 'n') || (character === 'v' && next === 'v')) {
      value += character === 'r' ? 'm' : 'w';
      index += 1;
    } else value += CONFUSABLE_CHARACTERS[character] ?? character;
  }
  return value;
};

/** One substitution, insertion, deletion or swap of neighbours apart (Damerau, capped at 1). */
export const withinOneEdit = (a: string, b: string): boolean => {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  if (a.length === b.length) {
    if (sameTails(a, i + 1, b, i + 1)) return true;
    return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameTails(a, i + 2, b, i + 2);
  }
  return a.length > b.length ? sameTails(a, i + 1, b, i) : sameTails(a, i, b, i + 1);
};

/**
 * `a.slice(fromA) === b.slice(fromB)`, without making the slices: this runs for every pair of
 * a link's words and the protected names.
 */
const sameTails = (a: string, fromA: number, b: string, fromB: number): boolean => {
  const length = Math.max(0, a.length - fromA);
  if (length !== Math.max(0, b.length - fromB)) return false;
  for (let k = 0; k < length; k++) if (a.charCodeAt(fromA + k) !== b.charCodeAt(fromB + k)) return false;
  return true;
};

/** A name to protect: a brand, or one of the organisation's own domains (genuine only at that exact domain). */
interface Protected {
  readonly label: string;
  /** `skeleton(label)`, computed once. */
  readonly skeleton: string;
  readonly display: string;
  readonly distinctive: boolean;
  readonly isGenuine: (link: Link) => boolean;
}

/** `hostname` is `suffix` or ends with "." and `suffix` (without building that string). */
const isUnder = (hostname: string, suffix: string): boolean =>
  hostname === suffix || (hostname.length > suffix.length && hostname.endsWith(suffix) && hostname.charCodeAt(hostname.length - suffix.length - 1) === DOT);
const DOT = 46;

const brandIsGenuine = (brand: Brand) => (link: Link): boolean => {
  if (link.host.domainWithoutSuffix === brand.label) return true;
  const hostname = link.host.hostname ?? '';
  return brand.genuine !== undefined && brand.genuine.some((suffix) => isUnder(hostname, suffix));
};

const BRANDS: readonly Protected[] = IMPERSONATED_BRANDS.map((brand) => ({
  label: brand.label,
  skeleton: skeleton(brand.label),
  display: brand.label,
  distinctive: brand.distinctive,
  isGenuine: brandIsGenuine(brand),
}));

const protectedCache = new WeakMap<readonly string[], readonly Protected[]>();

/** The organisation's own domains (and its one-word names) first, then the brands; cached per organisation. */
const protectedNames = (ownDomains: readonly string[], ownNames: readonly string[]): readonly Protected[] => {
  const cached = protectedCache.get(ownDomains);
  if (cached) return cached;
  const display = ownDomains[0] ?? '';
  const own = [...new Set([...ownDomains.map((domain) => domain.split('.')[0] ?? domain), ...ownNames.filter((name) => /^[a-z0-9-]{3,}$/.test(name))])];
  const names = [
    ...own.map((label) => ({ label, skeleton: skeleton(label), display, distinctive: true, isGenuine: (link: Link) => isOwnLink(link, ownDomains) })),
    ...BRANDS,
  ];
  protectedCache.set(ownDomains, names);
  return names;
};

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
  const names = protectedNames(ownDomains, ownNames);
  // Whether the link is genuinely each name's, asked once per name (the loops below ask up to three times).
  const genuine = names.map((name) => name.isGenuine(link));
  const registrable = link.host.domainWithoutSuffix ?? '';
  const registrableSkeleton = skeleton(registrable);
  for (let index = 0; index < names.length; index++) {
    if (genuine[index]) continue;
    const name = names[index]!;
    // Typo-squats: one edit away, or the same once look-alike letters are read alike.
    const typoSquat = registrable !== name.label && (registrableSkeleton === name.skeleton || (name.label.length >= 6 && withinOneEdit(registrable, name.label)));
    if (typoSquat) return `${link.host.domain} looks like ${name.display} but is a different address`;
    // The organisation's own name on a domain it does not own ("zrtherapy.com" when it owns zrtherapy.co.uk).
    if (registrable === name.label) return `${link.host.domain} uses the name ${name.label} but is not ${name.display}`;
  }
  // The brands are the last names of the list.
  if (HOSTING_PLATFORMS.has(link.host.domain ?? '') || genuine.some((isGenuine, index) => isGenuine && index >= names.length - BRANDS.length)) return undefined;
  const subdomainLabels = (link.host.subdomain ?? '').split('.').filter(Boolean);
  if (subdomainLabels.some((label) => SUFFIX_LABELS.has(label))) {
    return `the address ${hostname} is dressed up as another site but really belongs to ${link.host.domain}`;
  }
  const tokens = new Set(hostTokens(link));
  const lure = [...tokens].filter((token) => LOGIN_LURE_TOKENS.has(token));
  if (lure.length >= 2) return `the address ${hostname} is dressed up as a log-in or account page ("${lure.join('-')}")`;
  for (let index = 0; index < names.length; index++) {
    const name = names[index]!;
    if (name.distinctive && !genuine[index] && (tokens.has(name.label) || (lure.length > 0 && joinsNameInLabel(registrable, name.label)))) {
      return `the address ${hostname} borrows the name "${name.label}" but really belongs to ${link.host.domain}`;
    }
  }
  const strongLure = [...tokens].some((token) => STRONG_LURE_TOKENS.has(token));
  // Skeletons once per token, not once per token and name.
  const longTokens = [...tokens].filter((token) => token.length >= 3);
  const tokenSkeletons = longTokens.map(skeleton);
  for (let index = 0; index < names.length; index++) {
    if (genuine[index]) continue;
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

/** True when the link is on a known brand's or professional body's genuine domain. */
export const isGenuineBrandLink = (link: Link): boolean => BRANDS.some((brand) => brand.isGenuine(link));
