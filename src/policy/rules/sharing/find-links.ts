import { parse } from 'tldts';

/** tldts's result type (tldts does not re-export it). */
type IResult = ReturnType<typeof parse>;
import { DraftMemo, toOriginalSpan, type FoldedText } from '../../normalise-text.ts';
import type { Span } from '../../types.ts';

/**
 * Finds the links in a draft: full URLs ("https://…", "www.…") and bare domains
 * ("bbc.co.uk/news", "mind.org.uk"), parsed with tldts so that every detector sees the same
 * host, registrable domain and public suffix. Email addresses are not links.
 */

export interface Link {
  /** `[start, end)` of the whole link in the ORIGINAL draft. */
  readonly span: Span;
  readonly foldedStart: number;
  readonly foldedEnd: number;
  /** The link as folded (lower-case). */
  readonly url: string;
  /** The host as written in the original draft, lower-cased (may hold non-Latin look-alikes). */
  readonly originalHost: string;
  /** tldts's reading of the folded host. */
  readonly host: IResult;
  /** Written with a scheme or "www.", so certainly meant as a link. */
  readonly explicit: boolean;
  /** Has a path, query or fragment after the host. */
  readonly hasPath: boolean;
  /** Its position in the draft's `findLinks` list (for results kept per link of a draft). */
  readonly index: number;
}

/**
 * One run of characters that can make up a URL, starting only where no such character comes
 * before it, so each run is scanned once (linear).
 */
const URL_RUN = /(?<![\p{L}\p{N}\-._~:/?#@!$&*+,;=%])[\p{L}\p{N}][\p{L}\p{N}\-._~:/?#@!$&*+,;=%]*/gu;
const TRAILING_PUNCTUATION = /[.,!?;:'’)*]+$/u;
const SCHEME = /https?:\/\//;
const HOST_SHAPE = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/**
 * Public suffixes common enough in links that a bare "name.suffix" with no path is surely a
 * domain. Suffixes that are also English words ("me", "to", "live", "online") need a path,
 * because "went.to" or "team.Live music" is a missing space, not a link.
 */
const BARE_SUFFIXES = new Set([
  'com', 'org', 'net', 'info', 'io', 'co', 'uk', 'gov', 'edu', 'eu', 'ie', 'au', 'nz', 'ca', 'de', 'fr', 'nl', 'es',
  'ly', 'tv', 'app', 'dev', 'biz', 'xyz', 'scot', 'wales', 'cymru', 'london', 'ai', 'gl', 'gg', 'ru', 'cn',
]);

/**
 * "zrtherapy.co.uk.vouchers-deal.shop", "zrtherapy.co.uk.top": a suffix inside the host, a
 * dressed-up address whatever its own suffix, unless a capital follows a dot in the draft as
 * written ("zrtherapy.co.uk.Today's topic" is a missing space).
 */
const SUFFIX_INSIDE = /\.(?:com|co|org|net|gov|ac|nhs|uk)\.(?!(?:com|co|org|net|gov|ac|nhs|uk)(?:\.|$))[\p{L}\p{N}-]/u;
const SENTENCE_AFTER_DOT = /\.\p{Lu}/u;

/** The draft as written between two folded offsets. */
const originalOf = (text: FoldedText, start: number, end: number): string => text.original.slice(...toOriginalSpan(text, start, end));

const parseHost = (host: string): IResult => parse(host, { detectIp: true, allowPrivateDomains: false });

const toLink = (text: FoldedText, runStart: number, run: string, index: number): Link | undefined => {
  let body = run.replace(TRAILING_PUNCTUATION, '');
  let start = runStart;
  const scheme = SCHEME.exec(body);
  let explicit = false;
  if (scheme) {
    start += scheme.index;
    body = body.slice(scheme.index);
    explicit = true;
  } else if (body.startsWith('www.')) {
    explicit = true;
  }
  const afterScheme = scheme ? body.slice(scheme[0].length) : body;
  const hostEnd = afterScheme.search(/[/?#]/);
  const hostPort = hostEnd === -1 ? afterScheme : afterScheme.slice(0, hostEnd);
  if (hostPort.includes('@')) return undefined; // an email address, or credentials smuggled before the host
  const hostName = hostPort.replace(/:\d+$/, '');
  if (!HOST_SHAPE.test(hostName)) return undefined;
  const hasPath = hostEnd !== -1 && afterScheme.length > hostEnd + 1;
  let host = parseHost(hostName);
  // "nhs.uk/…" and "gov.uk/…" are public suffixes and sites at once: treat the suffix as the domain.
  if (!host.isIp && !host.domain && host.isIcann && host.publicSuffix === hostName && hostName.includes('.') && (explicit || hasPath)) {
    host = { ...host, domain: hostName, domainWithoutSuffix: '' };
  }
  if (host.isIp) {
    if (!explicit && !hasPath) return undefined; // "1.2.3.4" on its own is a version or a score
  } else {
    if (!host.domain || !host.publicSuffix || !host.isIcann) return undefined;
    const lastLabel = host.publicSuffix.split('.').pop() ?? '';
    if (!explicit && !hasPath && !BARE_SUFFIXES.has(lastLabel) && !(SUFFIX_INSIDE.test(hostName) && !SENTENCE_AFTER_DOT.test(originalOf(text, start, start + hostName.length)))) return undefined;
  }
  const end = start + body.length;
  const span = toOriginalSpan(text, start, end);
  const hostStartInBody = scheme ? scheme[0].length : 0;
  const originalHostSpan = toOriginalSpan(text, start + hostStartInBody, start + hostStartInBody + hostName.length);
  return {
    span,
    foldedStart: start,
    foldedEnd: end,
    url: body,
    originalHost: text.original.slice(originalHostSpan[0], originalHostSpan[1]).toLowerCase(),
    host,
    explicit,
    hasPath,
    index,
  };
};

const cache = new DraftMemo<readonly Link[]>();
const DOT_INSIDE_WORD = /[\p{L}\p{N}-]\.[\p{L}\p{N}]/u;

/** URL_RUN's characters among ASCII code units (1), and those a run may start with (2). */
const URL_ASCII = new Uint8Array(128);
for (const char of '-._~:/?#@!$&*+,;=%') URL_ASCII[char.charCodeAt(0)] = 1;
for (const char of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') URL_ASCII[char.charCodeAt(0)] = 2;

/**
 * URL_RUN's runs that hold a dot, in order, read out from each dot instead of matching every
 * word of the draft: a run is a whole block of URL characters that starts with a letter or
 * digit (inside a block every character follows a URL character, so no run starts there).
 * Undefined when a block touches a character past ASCII, whose class only URL_RUN can tell.
 */
const dottedRuns = (folded: string): { start: number; run: string }[] | undefined => {
  const runs: { start: number; run: string }[] = [];
  for (let dot = folded.indexOf('.'); dot !== -1; ) {
    let start = dot;
    while (start > 0 && (URL_ASCII[folded.charCodeAt(start - 1)] ?? 0) !== 0) start -= 1;
    let end = dot + 1;
    while (end < folded.length && (URL_ASCII[folded.charCodeAt(end)] ?? 0) !== 0) end += 1;
    if ((start > 0 && folded.charCodeAt(start - 1) >= 0x80) || (end < folded.length && folded.charCodeAt(end) >= 0x80)) return undefined;
    if (URL_ASCII[folded.charCodeAt(start)] === 2) runs.push({ start, run: folded.slice(start, end) });
    dot = folded.indexOf('.', end);
  }
  return runs;
};

/** Every link in the draft, in order; computed once per draft. */
export const findLinks = (text: FoldedText): readonly Link[] => {
  const cached = cache.get(text);
  if (cached) return cached;
  const links: Link[] = [];
  // Every link has a dot between two word characters; most drafts have none, so skip the scan.
  if (!DOT_INSIDE_WORD.test(text.folded)) {
    cache.set(text, links);
    return links;
  }
  const runs = dottedRuns(text.folded);
  if (runs) {
    for (const { start, run } of runs) {
      const link = toLink(text, start, run, links.length);
      if (link) links.push(link);
    }
  } else {
    URL_RUN.lastIndex = 0;
    for (let found = URL_RUN.exec(text.folded); found; found = URL_RUN.exec(text.folded)) {
      if (!found[0].includes('.')) continue;
      const link = toLink(text, found.index, found[0], links.length);
      if (link) links.push(link);
    }
  }
  cache.set(text, links);
  return links;
};

/** The host's labels before its public suffix, e.g. ["login", "zrtherapy-secure"] → tokens split on "." and "-". */
export const hostTokens = (link: Link): string[] => (link.host.hostname ?? '').split(/[.-]/).filter(Boolean);

/** True when the link's host is one of the organisation's own domains or a subdomain of one. */
export const isOwnLink = (link: Link, ownDomains: readonly string[]): boolean => {
  const hostname = link.host.hostname ?? '';
  // A host written with look-alike letters only LOOKS like ours once folded.
  if (link.originalHost !== hostname) return false;
  return ownDomains.some((own) => hostname === own || hostname.endsWith(`.${own}`));
};
