import { FNV_OFFSET, hashCode, hashText } from './feature-hash.ts';

/**
 * The tokens a learned model reads in a draft: words, emoji, ! and ?, and one token per link,
 * e-mail address and @handle. Values that would never repeat become shapes ("#money", "#time"),
 * and the organisation's own names become "#org", so the model stays organisation-neutral.
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

/** How many characters of a longer word make its stem ("incompetent" → "incom~"). */
export const STEM_LENGTH = 5;

/**
 * Receives a draft's tokens in order. Most tokens are the draft's own text: those come as where
 * they are, with the hash of their text taken while reading it, so the checker never slices them
 * out; the rest (shapes, `#org`, a word read without its marks or digits) come as their text.
 */
export interface TokenSink {
  /**
   * The hash state the pair feature of the next token starts from (`hashText` of the previous
   * token's stem and a space), so the scanner hashes the pair while reading the word, in the
   * same pass.
   */
  readonly pairStart: number;
  /**
   * A token that is the draft's own characters, `folded.slice(start, end)` (most words); `hash`
   * is `hashText` of that text, `stemState` of its first STEM_LENGTH characters (meaningless
   * when it is not longer), and `pairState` is `pairStart` continued over its stem's characters
   * (its first STEM_LENGTH when it is longer than STEM_LENGTH + 1, else all of them).
   */
  tokenInPlace(start: number, end: number, hash: number, stemState: number, pairState: number): void;
  /** A token read as other text than it is written ("#link", "#org", a number's shape, a word un-leeted), from `folded.slice(start, end)`. */
  tokenAsText(text: string, start: number, end: number): void;
}

/** Digits written for letters inside a word ("j0ke", "sh1t"): the model reads the word meant. */
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

const isWordCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0xc0 && code < 0x2000);

const isEmojiCode = (code: number): boolean => code >= 0x2600;

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/** The organisation's names, and their hashes: a word is compared with the names only when its hash is one of theirs. */
interface Names {
  readonly texts: ReadonlySet<string>;
  readonly hashes: ReadonlySet<number>;
}

const namesByFacts = new WeakMap<FeatureFacts, Names>();
const namesOf = (facts: FeatureFacts): Names => {
  let names = namesByFacts.get(facts);
  if (!names) namesByFacts.set(facts, (names = { texts: new Set(facts.names), hashes: new Set(facts.names.map((name) => hashText(name))) }));
  return names;
};

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

/** Reads the tokens of a folded (lower-case) draft into `sink`, in order. One linear pass. */
export const scanTokens = (folded: string, facts: FeatureFacts, sink: TokenSink): void => {
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
          sink.tokenAsText(kind, index, chunkEnd);
          index = chunkEnd;
          continue;
        }
      }
    }
    if (isWordCode(code) || ((code === 64 || code === 36) && index + 1 < length && isWordCode(folded.charCodeAt(index + 1)))) {
      let end = index;
      let digits = false;
      let marks = false;
      // The hash of the word as it stands, taken as it is read (used when it has no marks or digits).
      let hash = FNV_OFFSET;
      let stemState = FNV_OFFSET;
      // The pair feature's hash, taken in the same pass: a word of up to STEM_LENGTH + 1
      // characters pairs whole (`pair`), a longer one by its stem (`pairAtStem`).
      let pair = sink.pairStart;
      let pairAtStem = pair;
      while (end < length) {
        const next = folded.charCodeAt(end);
        if (isWordCode(next)) {
          if (isDigitCode(next)) digits = true;
        } else {
          // Some marks join the characters either side of them; what follows decides.
          const following = end + 1 < length ? folded.charCodeAt(end + 1) : 0;
          if ((next === 42 || next === 64 || next === 36) && isWordCode(following)) {
            // Masking and leet symbols stay inside a word ("f*ck", "a$$").
            digits = digits || next !== 42;
          } else if ((next === 39 || next === 0x2019) && isWordCode(following)) {
            marks = true; // "don't" reads as "dont"
          } else if ((next === 44 || next === 46) && isDigitCode(following) && end > index && isDigitCode(folded.charCodeAt(end - 1))) {
            marks = true; // "86,400" and "2.5" are one number
          } else break;
        }
        end += 1;
        hash = hashCode(hash, next);
        if (end - index <= STEM_LENGTH + 1) {
          pair = hashCode(pair, next);
          if (end - index === STEM_LENGTH) {
            stemState = hash;
            pairAtStem = pair;
          }
        }
      }
      if (digits || marks) {
        const raw = marks ? folded.slice(index, end).replace(/['\u2019,.]/g, '') : folded.slice(index, end);
        const word = digits ? (shapeOf(raw, index > 0 ? folded[index - 1]! : '') ?? unLeet(raw)) : raw;
        sink.tokenAsText(names.texts.has(word) ? '#org' : word, index, end);
      } else if (names.hashes.has(hash) && names.texts.has(folded.slice(index, end))) sink.tokenAsText('#org', index, end);
      else sink.tokenInPlace(index, end, hash, stemState, end - index > STEM_LENGTH + 1 ? pairAtStem : pair);
      index = end;
      continue;
    }
    if (isEmojiCode(code)) {
      const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      sink.tokenAsText(folded.slice(index, index + width), index, index + width);
      index += width;
      continue;
    }
    // Punctuation that carries tone; the rest only separates words.
    if (code === 33 || code === 63) sink.tokenInPlace(index, index + 1, hashCode(FNV_OFFSET, code), FNV_OFFSET, hashCode(sink.pairStart, code));
    index += 1;
  }
};

/** The tokens of a folded (lower-case) draft, as `scanTokens` reads them. */
export const tokensOf = (folded: string, facts: FeatureFacts): Token[] => {
  const tokens: Token[] = [];
  scanTokens(folded, facts, {
    pairStart: FNV_OFFSET, // pairs are not read here
    tokenInPlace: (start, end) => tokens.push({ text: folded.slice(start, end), start, end }),
    tokenAsText: (text, start, end) => tokens.push({ text, start, end }),
  });
  return tokens;
};
