import type { Account } from '../types.ts';
import { FNV_OFFSET, hashCode, hashText } from './feature-hash.ts';

/**
 * The words a learned model sees in a draft. Rules catch the exact wording they were written
 * for; the model generalises from examples, so its features are deliberately coarse: words,
 * their stems, neighbouring pairs, and shapes ("a sum of money", "a clock time", "our own
 * name") instead of the literal values, which would never repeat from one draft to the next.
 */

/** What the features need to know about the organisation, so the model stays organisation-neutral. */
export interface FeatureFacts {
  /** The organisation's own names, lower-case: they become one `#org` token. */
  readonly names: readonly string[];
}

/** One token of the folded draft, with where it is (folded offsets). */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Digits written for letters inside a word ("j0ke", "sh1t"): the model reads the word meant. */
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

const isWordCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0xc0 && code < 0x2000);

const isEmojiCode = (code: number): boolean => code >= 0x2600;

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

const factsByDocument = new WeakMap<object, FeatureFacts>();

/** The features' facts for a policy document: its organisation's names, lower-case. Built once per document. */
export const featureFactsOf = (document: { readonly organisation: { readonly name: string; readonly aliases: readonly string[] } }): FeatureFacts => {
  let facts = factsByDocument.get(document);
  if (!facts) factsByDocument.set(document, (facts = { names: [document.organisation.name, ...document.organisation.aliases].map((name) => name.toLowerCase()) }));
  return facts;
};

const nameSets = new WeakMap<FeatureFacts, ReadonlySet<string>>();
const namesOf = (facts: FeatureFacts): ReadonlySet<string> => {
  let names = nameSets.get(facts);
  if (!names) {
    names = new Set(facts.names);
    nameSets.set(facts, names);
  }
  return names;
};

const STEM_LENGTH = 5;

/** A word's shape when its exact value would never repeat: numbers, times, money, links, handles. */
const shapeOf = (word: string, before: string): string | undefined => {
  if (/^\d+(?:am|pm)$/.test(word)) return '#time';
  if (/^\d+$/.test(word)) {
    if (before === '£' || before === '$' || before === '€') return '#money';
    if (word.length >= 6) return '#longnumber';
    return '#number';
  }
  if (/^\d+(?:k|m|st|nd|rd|th|s)$/.test(word)) return before === '£' ? '#money' : '#number';
  return undefined;
};

/** Reads a word with letters and digits mixed as the word it disguises (digits only inside letters). */
const unLeet = (word: string): string => {
  if (!/[a-z]/.test(word)) return word;
  let out = '';
  for (const character of word) out += LEET[character] ?? character;
  return out;
};

const LINK = /^(?:https?:\/\/|www\.)|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|co\.uk|org\.uk|org|net|io|uk|ly|me|info)(?:\/|$)/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}/;

/**
 * The tokens of a folded (lower-case) draft: words, emoji, and one token per link, e-mail
 * address, @handle and #hashtag. One linear pass.
 */
export const tokensOf = (folded: string, facts: FeatureFacts): Token[] => {
  const tokens: Token[] = [];
  const names = namesOf(facts);
  const length = folded.length;
  // Links and e-mail addresses are judged once per white-space-delimited chunk, at its start,
  // so a long chunk of many words is still read in one pass.
  let judgedUntil = 0;
  let index = 0;
  while (index < length) {
    const code = folded.charCodeAt(index);
    if (code <= 32) {
      index += 1;
      continue;
    }
    if (index >= judgedUntil) {
      let chunkEnd = index;
      let hasAt = false;
      let hasColonOrDot = false;
      while (chunkEnd < length) {
        const next = folded.charCodeAt(chunkEnd);
        if (next <= 32) break;
        if (next === 64) hasAt = true;
        else if (next === 58 || next === 46) hasColonOrDot = true;
        chunkEnd += 1;
      }
      judgedUntil = chunkEnd;
      if (hasAt || hasColonOrDot) {
        const chunk = folded.slice(index, chunkEnd);
        const kind = hasColonOrDot && LINK.test(chunk) ? '#link' : hasAt && EMAIL.test(chunk) ? '#email' : code === 64 && !hasColonOrDot ? '#handle' : undefined;
        if (kind) {
          tokens.push({ text: kind, start: index, end: chunkEnd });
          index = chunkEnd;
          continue;
        }
      }
    }
    if (isWordCode(code) || ((code === 64 || code === 36) && index + 1 < length && isWordCode(folded.charCodeAt(index + 1)))) {
      let end = index;
      let digits = false;
      let marks = false;
      while (end < length) {
        const next = folded.charCodeAt(end);
        const following = end + 1 < length ? folded.charCodeAt(end + 1) : 0;
        if (next >= 48 && next <= 57) digits = true;
        if (isWordCode(next)) {
          end += 1;
        } else if ((next === 42 || next === 64 || next === 36) && isWordCode(following)) {
          // Masking and leet symbols stay inside a word ("f*ck", "a$$").
          digits = digits || next !== 42;
          end += 1;
        } else if ((next === 39 || next === 0x2019) && isWordCode(following)) {
          marks = true; // "don't" reads as "dont"
          end += 1;
        } else if ((next === 44 || next === 46) && isDigitCode(following) && end > index && isDigitCode(folded.charCodeAt(end - 1))) {
          marks = true; // "86,400" and "2.5" are one number
          end += 1;
        } else break;
      }
      const raw = marks ? folded.slice(index, end).replace(/['\u2019,.]/g, '') : folded.slice(index, end);
      const word = digits ? (shapeOf(raw, index > 0 ? folded[index - 1]! : '') ?? unLeet(raw)) : raw;
      tokens.push({ text: names.has(word) ? '#org' : word, start: index, end });
      index = end;
      continue;
    }
    if (isEmojiCode(code)) {
      const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      tokens.push({ text: folded.slice(index, index + width), start: index, end: index + width });
      index += width;
      continue;
    }
    // Punctuation that carries tone; the rest only separates words.
    if (code === 33 || code === 63) tokens.push({ text: code === 33 ? '!' : '?', start: index, end: index + 1 });
    index += 1;
  }
  return tokens;
};

/** The account a draft is for, as a feature: the same words mean different things on each. */
export const accountFeature = (account: Account | undefined): string => (account === undefined ? '#account:none' : `#account:${account}`);

/**
 * Features of one run of tokens: each word, its stem (its first letters, so "incompetent" and
 * "incompetence" share one), and each pair of neighbouring stems. Emits into `out` with the
 * index of the token each feature belongs to, for attributing a decision to a sentence.
 */
export const featuresOfTokens = (tokens: readonly Token[], emit: (feature: string, tokenIndex: number) => void): void => {
  let previousStem = '#start';
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens[index]!.text;
    const stem = word.length > STEM_LENGTH + 1 && word[0] !== '#' ? `${word.slice(0, STEM_LENGTH)}~` : word;
    emit(word, index);
    if (stem !== word) emit(stem, index);
    emit(`${previousStem} ${stem}`, index);
    previousStem = stem;
  }
};

/**
 * Every feature of a draft, repeated as often as it occurs: what training sees, and what
 * prediction adds up one by one without building this list.
 */
export const draftFeatures = (folded: string, account: Account | undefined, facts: FeatureFacts): string[] => {
  const features = [accountFeature(account)];
  featuresOfTokens(tokensOf(folded, facts), (feature) => features.push(feature));
  return features;
};

const SPACE = 32;
const STEM_MARK = 126; // "~"
const START_HASH = hashText('#start');

/**
 * Exactly the features of `featuresOfTokens`, as `hashText` of each feature's text, computed
 * without building the strings, written from `hashes[at]` on with the index of each feature's
 * token in `tokenOf` (both need room for three per token). Returns where the features end.
 */
export const writeFeatureHashes = (tokens: readonly Token[], hashes: Int32Array, tokenOf: Int32Array, at: number): number => {
  let end = at;
  let previousStem = START_HASH;
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens[index]!.text;
    const wordHash = hashText(word);
    const hasStem = word.length > STEM_LENGTH + 1 && word[0] !== '#';
    const stemHash = hasStem ? hashCode(hashText(word, FNV_OFFSET, STEM_LENGTH), STEM_MARK) : wordHash;
    // The pair's text is the previous stem, a space, then this stem: continue the previous stem's hash.
    const pairStart = hashCode(previousStem, SPACE);
    const pairHash = hasStem ? hashCode(hashText(word, pairStart, STEM_LENGTH), STEM_MARK) : hashText(word, pairStart);
    hashes[end] = wordHash;
    tokenOf[end++] = index;
    if (hasStem) {
      hashes[end] = stemHash;
      tokenOf[end++] = index;
    }
    hashes[end] = pairHash;
    tokenOf[end++] = index;
    previousStem = stemHash;
  }
  return end;
};

/** `writeFeatureHashes`, one feature at a time: its hash and its token's index. */
export const featureHashesOfTokens = (tokens: readonly Token[], emit: (hash: number, tokenIndex: number) => void): void => {
  const hashes = new Int32Array(3 * tokens.length);
  const tokenOf = new Int32Array(3 * tokens.length);
  const end = writeFeatureHashes(tokens, hashes, tokenOf, 0);
  for (let index = 0; index < end; index++) emit(hashes[index]!, tokenOf[index]!);
};

const ACCOUNT_HASHES = new Map<Account | undefined, number>(
  ([undefined, 'company', 'personal'] as const).map((account) => [account, hashText(accountFeature(account))]),
);

/** `hashText(accountFeature(account))`, computed once. */
export const accountFeatureHash = (account: Account | undefined): number => ACCOUNT_HASHES.get(account)!;
