import { isOwnLink, type Link } from './find-links.ts';
import { IMPERSONATED_BRANDS, type Brand } from './impersonated-brands.ts';

/**
 * The names a link's host may imitate (the organisation's own and well-known brands'), how a
 * host's words are compared with them (skeletons of look-alike letters, one edit apart), and
 * where to find the few names a given word could be: `host-risks.ts` asks about every link.
 */

/** Single characters that read like a letter; a hyphen reads as nothing. */
const CONFUSABLE_CHARACTERS: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', i: 'l', '!': 'l', '|': 'l', '3': 'e', '4': 'a', '5': 's', $: 's', '7': 't', '8': 'b', '-': '' };

/**
 * Letters and digits that read alike; both sides are reduced to this "skeleton" before
 * comparing: "rn" reads as "m" and "vv" as "w" (pairs taken left to right), then single
 * characters as in CONFUSABLE_CHARACTERS. One pass, no pattern per pair: it runs for every
 * link's host and each of its words.
 */
export const skeleton = (label: string): string => {
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
export interface Protected {
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

/**
 * The names to protect for one organisation, with where to find the few a word of a host could
 * imitate: a host is judged against a handful of names instead of reading every one of them.
 */
export interface ProtectedNames {
  /** The organisation's own names first, then the brands. */
  readonly names: readonly Protected[];
  /** How many of `names` are the organisation's own (they come first). */
  readonly ownCount: number;
  /** Indices of the names with each label, ascending. */
  readonly byLabel: ReadonlyMap<string, readonly number[]>;
  /** Indices of the names with each skeleton, ascending. */
  readonly bySkeleton: ReadonlyMap<string, readonly number[]>;
  /**
   * Indices of the names of 6 letters or more (the ones a one-edit typo is judged against), by
   * `lengthAndEnd` of their first letter and, apart, of their last: one edit leaves a word of
   * three letters or more with the same first or the same last letter.
   */
  readonly longByFirst: ReadonlyMap<number, readonly number[]>;
  readonly longByLast: ReadonlyMap<number, readonly number[]>;
}

/** A map key for a word's length and one of its letters. */
const lengthAndEnd = (length: number, unit: number): number => length * 0x10000 + unit;

const indexBy = <K>(names: readonly Protected[], keyOf: (name: Protected) => K | undefined): Map<K, number[]> => {
  const index = new Map<K, number[]>();
  names.forEach((name, at) => {
    const key = keyOf(name);
    if (key === undefined) return;
    const list = index.get(key);
    if (list) list.push(at);
    else index.set(key, [at]);
  });
  return index;
};

const protectedCache = new WeakMap<readonly string[], ProtectedNames>();

/** The organisation's own domains (and its one-word names) first, then the brands; cached per organisation. */
export const protectedNames = (ownDomains: readonly string[], ownNames: readonly string[]): ProtectedNames => {
  const cached = protectedCache.get(ownDomains);
  if (cached) return cached;
  const display = ownDomains[0] ?? '';
  const own = [...new Set([...ownDomains.map((domain) => domain.split('.')[0] ?? domain), ...ownNames.filter((name) => /^[a-z0-9-]{3,}$/.test(name))])];
  const names = [
    ...own.map((label) => ({ label, skeleton: skeleton(label), display, distinctive: true, isGenuine: (link: Link) => isOwnLink(link, ownDomains) })),
    ...BRANDS,
  ];
  const index: ProtectedNames = {
    names,
    ownCount: own.length,
    byLabel: indexBy(names, (name) => name.label),
    bySkeleton: indexBy(names, (name) => name.skeleton),
    longByFirst: indexBy(names, ({ label }) => (label.length >= 6 ? lengthAndEnd(label.length, label.charCodeAt(0)) : undefined)),
    longByLast: indexBy(names, ({ label }) => (label.length >= 6 ? lengthAndEnd(label.length, label.charCodeAt(label.length - 1)) : undefined)),
  };
  protectedCache.set(ownDomains, index);
  return index;
};

/**
 * Indices, ascending, of every name `word` could be written as or imitate: the same label, the
 * same skeleton, or a label of 6 letters or more one edit away. No other name can be.
 */
export const lookAlikeCandidates = (names: ProtectedNames, word: string, wordSkeleton: string): number[] => {
  const found = new Set([...(names.byLabel.get(word) ?? []), ...(names.bySkeleton.get(wordSkeleton) ?? [])]);
  // Names of 6 letters or more are compared only with words of 5 or more, which keep an end letter through one edit.
  if (word.length >= 5) {
    const first = word.charCodeAt(0);
    const last = word.charCodeAt(word.length - 1);
    for (let length = word.length - 1; length <= word.length + 1; length++) {
      for (const at of names.longByFirst.get(lengthAndEnd(length, first)) ?? []) if (withinOneEdit(word, names.names[at]!.label)) found.add(at);
      for (const at of names.longByLast.get(lengthAndEnd(length, last)) ?? []) if (withinOneEdit(word, names.names[at]!.label)) found.add(at);
    }
  }
  return [...found].sort((a, b) => a - b);
};

/** Suffixes under which any host is a brand's own, and which brand's. */
const GENUINE_SUFFIXES = IMPERSONATED_BRANDS.flatMap((brand) => brand.genuine ?? []);
const BRAND_LABELS = new Set(IMPERSONATED_BRANDS.map((brand) => brand.label));

/** True when the link is on a known brand's or professional body's genuine domain. */
export const isGenuineBrandLink = (link: Link): boolean => {
  if (BRAND_LABELS.has(link.host.domainWithoutSuffix ?? '')) return true;
  const hostname = link.host.hostname ?? '';
  return GENUINE_SUFFIXES.some((suffix) => isUnder(hostname, suffix));
};
