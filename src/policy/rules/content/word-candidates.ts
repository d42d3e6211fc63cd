/**
 * Splits folded text into the words a reader would see, even where a writer disguised them:
 * tokens keep leetspeak symbols and masks inside them ("sh!t", "a$$", "f**k"), and runs of
 * single characters spaced or dotted apart ("f u c k", "s.h.i.t", "f-u-c-k") are joined into
 * one spaced candidate. Zero-width and bidi controls are already gone (see foldText).
 * One linear pass; candidates only point into the folded text.
 */

/** A sequence of folded code units to match, with the folded offset of each. */
export interface WordCandidate {
  readonly kind: 'token' | 'spaced';
  readonly units: readonly number[];
  /** Folded offset of each unit (apostrophes inside a token are skipped, so offsets may jump). */
  readonly offsets: readonly number[];
  /** Folded `[start, end)` of the whole candidate. */
  readonly start: number;
  readonly end: number;
}

/** Symbols that stand for letters in leetspeak, or mask a letter ("f*ck", "f#ck"). */
const LEET_SYMBOLS = new Set([...'@$!|+(€£¡¢*#%'].map((char) => char.charCodeAt(0)));
/** Symbols that are punctuation at a word's edge ("shit!", "(see", "@name", "#tag"). */
const LEADING_TRIM = new Set([...'@#(!|+%*'].map((char) => char.charCodeAt(0)));
const TRAILING_TRIM = new Set([...'!|+(#%'].map((char) => char.charCodeAt(0)));
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);
/** What may sit between spaced-out letters: spaces, dots, dashes, underscores and the like. */
const SPACERS = new Set([...' \t\n\r\u00a0.-_·•,/\\~:=‐‑–—…'].map((char) => char.charCodeAt(0)));
const MAX_SPACER_RUN = 3;

// The sets above as flags per UTF-16 code unit: one typed-array read per character instead of
// several set lookups, on a pass that every draft takes.
const IS_LEET = 1;
const IS_LEADING_TRIM = 2;
const IS_TRAILING_TRIM = 4;
const IS_APOSTROPHE = 8;
const IS_SPACER = 16;
const unitFlags = new Uint8Array(0x10000);
for (const [set, flag] of [[LEET_SYMBOLS, IS_LEET], [LEADING_TRIM, IS_LEADING_TRIM], [TRAILING_TRIM, IS_TRAILING_TRIM], [APOSTROPHES, IS_APOSTROPHE], [SPACERS, IS_SPACER]] as const) {
  for (const unit of set) unitFlags[unit]! |= flag;
}
const MIN_SPACED_LETTERS = 3;

const LETTER = /^\p{L}$/u;
const letterCache = new Uint8Array(0x10000);

/** True for any letter (Latin or not) in the folded text. */
export const isLetterUnit = (unit: number): boolean => {
  if (unit >= 0x61 && unit <= 0x7a) return true;
  if (unit < 0x80) return false;
  let known = letterCache[unit]!;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(unit)) ? 1 : 2;
    letterCache[unit] = known;
  }
  return known === 1;
};

const isTokenUnit = (unit: number): boolean => isLetterUnit(unit) || (unit >= 0x30 && unit <= 0x39) || (unitFlags[unit]! & IS_LEET) !== 0;

const ASTERISK = 0x2a;

/**
 * Markdown emphasis: a token ending in "**" (or "*") when the same run opened a word earlier on
 * the line ("**Application ID**"), so the closing stars are formatting, not a masked word.
 */
const closesEmphasis = (folded: string, tokenStart: number, units: readonly number[], last: number): boolean => {
  let run = 0;
  while (run < last && units[last - 1 - run] === ASTERISK) run += 1;
  if (run === 0 || run === last) return false;
  const opener = '*'.repeat(run);
  // Emphasis opens near its close, on the same line: look back a bounded distance, so hostile
  // input stays linear.
  const windowStart = Math.max(0, tokenStart - 120);
  const window = folded.slice(windowStart, tokenStart);
  const line = window.slice(window.lastIndexOf('\n') + 1);
  for (let at = line.indexOf(opener); at !== -1; at = line.indexOf(opener, at + 1)) {
    const before = at === 0 ? ' ' : line[at - 1]!;
    if (/[\s(\["'“‘]/.test(before) && /[a-z0-9]/.test(line[at + run] ?? '')) return true;
  }
  return false;
};

interface RawToken {
  readonly units: number[];
  readonly offsets: number[];
}

/** Reads one token starting at `from`; apostrophes between letters stay inside ("don't"). */
const readToken = (folded: string, from: number): { token: RawToken; next: number } => {
  const units: number[] = [];
  const offsets: number[] = [];
  let index = from;
  while (index < folded.length) {
    const unit = folded.charCodeAt(index);
    if (isTokenUnit(unit)) {
      units.push(unit);
      offsets.push(index);
      index += 1;
    } else if ((unitFlags[unit]! & IS_APOSTROPHE) !== 0 && units.length > 0 && index + 1 < folded.length && isLetterUnit(folded.charCodeAt(index + 1))) {
      index += 1;
    } else break;
  }
  let first = 0;
  let last = units.length;
  // A lone symbol stays: spaced out, "b a $ t @ r d" spells a word.
  if (last === 1) return { token: { units, offsets }, next: index };
  while (first < last && (unitFlags[units[first]!]! & IS_LEADING_TRIM) !== 0) first += 1;
  while (last > first && (unitFlags[units[last - 1]!]! & IS_TRAILING_TRIM) !== 0) last -= 1;
  if (closesEmphasis(folded, from, units, last)) while (last > first && units[last - 1] === ASTERISK) last -= 1;
  // Nothing trimmed (most tokens): the arrays are the token's already.
  if (first === 0 && last === units.length) return { token: { units, offsets }, next: index };
  return { token: { units: units.slice(first, last), offsets: offsets.slice(first, last) }, next: index };
};

const toCandidate = (kind: WordCandidate['kind'], units: number[], offsets: number[]): WordCandidate => ({
  kind,
  units,
  offsets,
  start: offsets[0]!,
  end: offsets[offsets.length - 1]! + 1,
});

/** The letters a–z of a plain word as a bit set (a is bit 0), read on the way through it. */
interface PlainWordLetters {
  bits: number;
}

/**
 * End of the plain word at `from` (a–z letters, apostrophes between letters), or -1 when the
 * token holds anything a disguise could use (a digit, a symbol, another script, a letter three
 * times in a row). Plain words are most of a draft and need no disguise-aware matching.
 * Leaves the word's letters in `letters`, so a filter can rule it out without reading it again.
 */
const plainWordEnd = (folded: string, from: number, letters: PlainWordLetters): number => {
  let previous = -1;
  let run = 0;
  let bits = 0;
  let index = from;
  while (index < folded.length) {
    const unit = folded.charCodeAt(index);
    if (unit >= 0x61 && unit <= 0x7a) {
      run = unit === previous ? run + 1 : 1;
      if (run >= 3) return -1;
      previous = unit;
      bits |= 1 << (unit - 0x61);
      index += 1;
    } else if ((unitFlags[unit]! & IS_APOSTROPHE) !== 0 && index + 1 < folded.length && isLetterUnit(folded.charCodeAt(index + 1))) {
      index += 1;
    } else if (isTokenUnit(unit)) return -1;
    else break;
  }
  letters.bits = bits;
  return index;
};

/**
 * Decides whether a plain word of two or more letters is worth a candidate; `letters` are its
 * letters a–z as a bit set (a is bit 0).
 */
export type PlainWordFilter = (folded: string, start: number, end: number, letters: number) => boolean;

/**
 * Every token of the folded text, plus every spaced-out run of three or more single characters.
 * Plain words of two or more letters become candidates only if `keepPlain` says so (by default
 * all do): skipping the rest without building arrays is where this pass gets its speed.
 */
export const wordCandidates = (folded: string, keepPlain: PlainWordFilter = () => true): WordCandidate[] => {
  const candidates: WordCandidate[] = [];
  let runUnits: number[] = [];
  let runOffsets: number[] = [];
  let gapSinceLast = 0;
  let gapIsSpacer = true;
  const letters: PlainWordLetters = { bits: 0 };
  const closeRun = (): void => {
    // Most words close an empty run: nothing to keep, nothing to reset.
    if (runUnits.length === 0) return;
    if (runUnits.length >= MIN_SPACED_LETTERS) candidates.push(toCandidate('spaced', runUnits, runOffsets));
    runUnits = [];
    runOffsets = [];
  };

  for (let index = 0; index < folded.length; ) {
    const unit = folded.charCodeAt(index);
    if (!isTokenUnit(unit)) {
      gapSinceLast += 1;
      if ((unitFlags[unit]! & IS_SPACER) === 0) gapIsSpacer = false;
      index += 1;
      continue;
    }
    if (unit >= 0x61 && unit <= 0x7a) {
      const end = plainWordEnd(folded, index, letters);
      if (end - index >= 2 && !keepPlain(folded, index, end, letters.bits)) {
        // A word of its own breaks any spaced-out run, as a token would.
        closeRun();
        gapSinceLast = 0;
        gapIsSpacer = true;
        index = end;
        continue;
      }
    }
    const { token, next } = readToken(folded, index);
    index = next;
    if (token.units.length === 0) continue;
    candidates.push(toCandidate('token', token.units, token.offsets));
    const joinsRun = runUnits.length > 0 && gapIsSpacer && gapSinceLast >= 1 && gapSinceLast <= MAX_SPACER_RUN;
    if (token.units.length === 1) {
      if (!joinsRun) closeRun();
      runUnits.push(token.units[0]!);
      runOffsets.push(token.offsets[0]!);
    } else closeRun();
    gapSinceLast = 0;
    gapIsSpacer = true;
  }
  closeRun();
  return candidates;
};
