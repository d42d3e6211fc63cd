/**
 * Folds a draft into one comparable form while remembering where every folded character came
 * from, so that detectors can match on the folded text and still report spans into the
 * ORIGINAL draft (UTF-16 code units).
 *
 * Folding, per code point: drop invisible controls (zero-width, bidi, soft hyphen, variation
 * selectors), NFKC (full-width and styled letters become plain), strip diacritics, lower-case,
 * map Latin look-alikes that NFKC keeps (small capitals, dotless i, ø, ł), and map look-alike
 * Cyrillic and Greek letters to Latin where the word is really Latin text in disguise. The
 * characters and their tables are `fold-characters.ts`; this file walks the draft and keeps the
 * offsets. One linear pass over code units, plus one linear pass over words only when the draft
 * has a Cyrillic or Greek letter. It runs on every draft, so it works on typed arrays and
 * character codes, never on arrays of one-character strings.
 */
import { classify, foldCodePoint, IS_LETTER, IS_LOOK_ALIKE, isAsciiLower, mapDisguisedWords } from './fold-characters.ts';

export interface FoldedText {
  readonly original: string;
  /** Lower-case, NFKC, diacritic-free, look-alikes mapped. Same order as the original. */
  readonly folded: string;
  /** For each folded index, the original offset where its source code point starts (read-only: may be shared). */
  readonly sourceStart: Int32Array;
  /** For each folded index, the original offset just past its source code point. */
  readonly sourceEnd: Int32Array;
  /** What detectors work out from this draft once and share, one slot per `DraftMemo`. */
  readonly memo: unknown[];
}

/**
 * One kind of result worked out from a draft (its sentences, links, named parties…), kept on the
 * draft itself so each is computed once per draft and shared by every detector. It lives and
 * dies with the draft: nothing outlives the check, and no weak-map bookkeeping is needed.
 */
export class DraftMemo<T> {
  private static slots = 0;
  /** This memo's place in every draft's `memo`: an index, not a map key, as dozens are read per draft. */
  private readonly slot = DraftMemo.slots++;
  get(text: FoldedText): T | undefined {
    return text.memo[this.slot] as T | undefined;
  }
  set(text: FoldedText, value: T): void {
    text.memo[this.slot] = value;
  }
}

/** Growable parallel buffers: folded code units and where each came from. */
class FoldBuffer {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow(1);
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length += 1;
  }
  /**
   * Appends the run of ASCII starting at `from`, lower-cased, one unit per unit, and returns
   * where it ends: the bulk of most drafts, written straight into the arrays with one capacity
   * check for the whole run.
   */
  pushAsciiRun(original: string, from: number): number {
    if (this.length + (original.length - from) > this.units.length) this.grow(original.length - from);
    const { units, starts, ends } = this;
    let at = this.length;
    let offset = from;
    for (; offset < original.length; offset++, at++) {
      const unit = original.charCodeAt(offset);
      if (unit >= 0x80) break;
      units[at] = unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit;
      starts[at] = offset;
      ends[at] = offset + 1;
    }
    this.length = at;
    return offset;
  }
  private grow(atLeast: number): void {
    const capacity = Math.max(this.units.length * 2 + 16, this.length + atLeast);
    const units = new Uint16Array(capacity);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    units.set(this.units);
    starts.set(this.starts);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }
}

/** Turns code units into a string in chunks (spreading 4 MB into one call would overflow the stack). */
const unitsToString = (units: Uint16Array, length: number): string => {
  const CHUNK = 8192;
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let from = 0; from < length; from += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(from, Math.min(length, from + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
};

const NOT_ASCII = /[^\x00-\x7f]/;

// 0, 1, 2, …: the offsets of plain ASCII drafts, shared by all of them (views are read-only by contract).
let identity = new Int32Array(0);

/** Plain ASCII folds to its lower case, one unit for one: the offsets are the identity. */
const foldAscii = (original: string): FoldedText => {
  const length = original.length;
  if (identity.length < length + 1) {
    identity = new Int32Array(Math.max(length + 1, 2 * identity.length, 4096));
    for (let index = 0; index < identity.length; index++) identity[index] = index;
  }
  return { original, folded: original.toLowerCase(), sourceStart: identity.subarray(0, length), sourceEnd: identity.subarray(1, length + 1), memo: [] };
};

/** Folds a draft; see the module comment for what folding does. */
export const foldText = (original: string): FoldedText => {
  if (!NOT_ASCII.test(original)) return foldAscii(original);
  const length = original.length;
  const buffer = new FoldBuffer(length + 8);
  let sawLookAlike = false;
  for (let offset = 0; offset < length; ) {
    const unit = original.charCodeAt(offset);
    if (unit < 0x80) {
      offset = buffer.pushAsciiRun(original, offset);
      continue;
    }
    let codePoint = unit;
    let width = 1;
    if (unit >= 0xd800 && unit <= 0xdbff && offset + 1 < length) {
      const low = original.charCodeAt(offset + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const folded = foldCodePoint(codePoint, width === 1 ? original[offset]! : original.slice(offset, offset + 2));
    for (let i = 0; i < folded.length; i++) {
      const foldedUnit = folded.charCodeAt(i);
      buffer.push(foldedUnit, offset, offset + width);
      if (foldedUnit >= 0x80 && (classify(foldedUnit) & IS_LOOK_ALIKE) !== 0) sawLookAlike = true;
    }
    offset += width;
  }

  // Look-alike letters do not vote: a word spelled in them is exactly what is in question.
  if (sawLookAlike) mapDisguisedWords(buffer.units, buffer.length, isMostlyLatin(buffer.units, buffer.length));

  return {
    original,
    folded: unitsToString(buffer.units, buffer.length),
    // Views, not copies: the buffer is this draft's alone.
    sourceStart: buffer.starts.subarray(0, buffer.length),
    sourceEnd: buffer.ends.subarray(0, buffer.length),
    memo: [],
  };
};

/**
 * Whether folded text reads as Latin: it has letters a-z, and no fewer than letters of other
 * scripts that have no Latin twin (look-alike letters do not vote). Counted only for the rare
 * draft with a look-alike letter.
 */
const isMostlyLatin = (units: Uint16Array, length: number): boolean => {
  let latinLetters = 0;
  let otherLetters = 0;
  for (let index = 0; index < length; index++) {
    const unit = units[index]!;
    if (isAsciiLower(unit)) latinLetters += 1;
    else if (unit >= 0x80) {
      const flags = classify(unit);
      if ((flags & IS_LOOK_ALIKE) === 0 && (flags & IS_LETTER) !== 0) otherLetters += 1;
    }
  }
  return latinLetters > 0 && latinLetters >= otherLetters;
};

/** Maps a `[start, end)` range of the folded text back to the original draft. */
export const toOriginalSpan = (text: FoldedText, start: number, end: number): [number, number] => {
  if (text.folded.length === 0) return [0, 0];
  const from = Math.max(0, Math.min(start, text.folded.length - 1));
  const to = Math.max(from, Math.min(end, text.folded.length) - 1);
  return [text.sourceStart[from]!, text.sourceEnd[to]!];
};

/** The first folded index at or after an offset of the original draft (the folded text's start for 0). */
export const toFoldedOffset = (text: FoldedText, originalOffset: number): number => {
  // sourceStart is non-decreasing: a binary search finds the first folded index at or after the original offset.
  let low = 0;
  let high = text.sourceStart.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (text.sourceStart[middle]! < originalOffset) low = middle + 1;
    else high = middle;
  }
  return low;
};
