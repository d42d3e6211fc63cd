/**
 * Folds a draft into one comparable form while remembering where every folded character came
 * from, so that detectors can match on the folded text and still report spans into the
 * ORIGINAL draft (UTF-16 code units).
 *
 * Folding, per code point: drop invisible controls (zero-width, bidi, soft hyphen, variation
 * selectors), NFKC (full-width and styled letters become plain), strip diacritics, lower-case,
 * map Latin look-alikes that NFKC keeps (small capitals, dotless i, ø, ł), and map look-alike
 * Cyrillic and Greek letters to Latin where the word is really Latin text in disguise (see
 * `isDisguisedLatin`). One linear pass over code units, plus one linear pass over words only
 * when the draft has a Cyrillic or Greek letter. It runs on every draft, so it works on typed
 * arrays and character codes, never on arrays of one-character strings.
 */

export interface FoldedText {
  readonly original: string;
  /** Lower-case, NFKC, diacritic-free, look-alikes mapped. Same order as the original. */
  readonly folded: string;
  /** For each folded index, the original offset where its source code point starts (read-only: may be shared). */
  readonly sourceStart: Int32Array;
  /** For each folded index, the original offset just past its source code point. */
  readonly sourceEnd: Int32Array;
  /** What detectors work out from this draft once and share (see `DraftMemo`). */
  readonly memo: Map<DraftMemo<unknown>, unknown>;
}

/**
 * One kind of result worked out from a draft (its sentences, links, named parties…), kept on the
 * draft itself so each is computed once per draft and shared by every detector. It lives and
 * dies with the draft: nothing outlives the check, and no weak-map bookkeeping is needed.
 */
export class DraftMemo<T> {
  get(text: FoldedText): T | undefined {
    return text.memo.get(this) as T | undefined;
  }
  set(text: FoldedText, value: T): void {
    text.memo.set(this, value);
  }
}

/** Zero-width, joiners, bidi controls, soft hyphen, word joiner, BOM, variation selectors, tags. */
const INVISIBLE = /^[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]$/u;
const COMBINING_MARK = /\p{M}/gu;
const LETTER = /^\p{L}$/u;

/** Cyrillic and Greek letters that are drawn like a Latin letter. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', з: '3', и: 'u', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c',
  т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w',
  ь: 'b', г: 'r', п: 'n', ц: 'u', ш: 'w', д: 'd', л: 'n', я: 'r',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', γ: 'y', ω: 'w', ς: 's', σ: 'o', λ: 'l', δ: 'd', θ: 'o', π: 'n',
};

/**
 * Latin letters that neither NFKC nor diacritic stripping turns into plain a–z, yet read as
 * one: small capitals (a favourite of "fancy text" generators), dotless i, stroked letters.
 * They are Latin already, so they are mapped wherever they appear.
 */
const LATIN_LOOK_ALIKES: Readonly<Record<string, string>> = {
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l',
  ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  ı: 'i', ɑ: 'a', ɡ: 'g', ø: 'o', ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ŧ: 't', ƚ: 'l', ɩ: 'i',
};

const LOOK_ALIKE_CODES = new Map<number, number>(Object.entries(LOOK_ALIKES).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));

const foldCache = new Map<number, string>();

/** Folds one code point (without Cyrillic/Greek mapping, which depends on the word around it). */
const foldCodePoint = (codePoint: number, char: string): string => {
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  let folded = INVISIBLE.test(char)
    ? ''
    : char.normalize('NFKC').normalize('NFD').replace(COMBINING_MARK, '').toLowerCase().normalize('NFC');
  if (folded.length === 1) folded = LATIN_LOOK_ALIKES[folded] ?? folded;
  if (foldCache.size < 20_000) foldCache.set(codePoint, folded);
  return folded;
};

// Per BMP code unit of FOLDED text: 0 = not classified yet, else bit flags below.
const CLASSIFIED = 1;
const IS_LETTER = 2;
const IS_LOOK_ALIKE = 4;
const unitClass = new Uint8Array(0x10000);

/** Letter and look-alike flags of one folded code unit (a lone surrogate is neither). */
const classify = (unit: number): number => {
  const known = unitClass[unit]!;
  if (known !== 0) return known;
  let flags = CLASSIFIED;
  const char = String.fromCharCode(unit);
  if (LETTER.test(char)) flags |= IS_LETTER;
  if (LOOK_ALIKE_CODES.has(unit)) flags |= IS_LOOK_ALIKE;
  unitClass[unit] = flags;
  return flags;
};

const isAsciiLower = (unit: number): boolean => unit >= 0x61 && unit <= 0x7a;
const isAsciiDigit = (unit: number): boolean => unit >= 0x30 && unit <= 0x39;

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
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length += 1;
  }
  private grow(): void {
    const capacity = this.units.length * 2 + 16;
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

/**
 * A word of Cyrillic or Greek look-alikes is Latin in disguise when it mixes in Latin letters
 * ("ѕhіt"), or when every letter of it has a Latin twin and the draft around it is mostly Latin
 * (it has Latin letters, and no fewer than letters of other scripts that have no Latin twin).
 * Genuine Russian or Greek text keeps its own letters, so it is never read as English.
 */
const mapDisguisedWords = (buffer: FoldBuffer, draftIsMostlyLatin: boolean): void => {
  const { units, length } = buffer;
  for (let index = 0; index < length; ) {
    const first = units[index]!;
    if (!isAsciiLower(first) && (classify(first) & IS_LETTER) === 0) {
      index += 1;
      continue;
    }
    let latin = 0;
    let lookAlike = 0;
    let otherLetters = 0;
    let end = index;
    for (; end < length; end++) {
      const unit = units[end]!;
      if (isAsciiLower(unit)) latin += 1;
      else if (isAsciiDigit(unit)) continue;
      else {
        const flags = classify(unit);
        if ((flags & IS_LETTER) === 0) break;
        if ((flags & IS_LOOK_ALIKE) !== 0) lookAlike += 1;
        else otherLetters += 1;
      }
    }
    const disguised = lookAlike > 0 && (latin > 0 || (draftIsMostlyLatin && otherLetters === 0));
    if (disguised) {
      for (let i = index; i < end; i++) units[i] = LOOK_ALIKE_CODES.get(units[i]!) ?? units[i]!;
    }
    index = end;
  }
};

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
  return { original, folded: original.toLowerCase(), sourceStart: identity.subarray(0, length), sourceEnd: identity.subarray(1, length + 1), memo: new Map() };
};

/** Folds a draft; see the module comment for what folding does. */
export const foldText = (original: string): FoldedText => {
  if (!NOT_ASCII.test(original)) return foldAscii(original);
  const length = original.length;
  const buffer = new FoldBuffer(length + 8);
  let latinLetters = 0;
  let otherLetters = 0;
  let sawLookAlike = false;
  for (let offset = 0; offset < length; ) {
    const unit = original.charCodeAt(offset);
    if (unit < 0x80) {
      const lower = unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit;
      if (isAsciiLower(lower)) latinLetters += 1;
      buffer.push(lower, offset, offset + 1);
      offset += 1;
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
      if (isAsciiLower(foldedUnit)) latinLetters += 1;
      else if (foldedUnit >= 0x80) {
        const flags = classify(foldedUnit);
        if ((flags & IS_LOOK_ALIKE) !== 0) sawLookAlike = true;
        else if ((flags & IS_LETTER) !== 0) otherLetters += 1;
      }
    }
    offset += width;
  }

  // Look-alike letters do not vote: a word spelled in them is exactly what is in question.
  if (sawLookAlike) mapDisguisedWords(buffer, latinLetters > 0 && latinLetters >= otherLetters);

  return {
    original,
    folded: unitsToString(buffer.units, buffer.length),
    // Views, not copies: the buffer is this draft's alone.
    sourceStart: buffer.starts.subarray(0, buffer.length),
    sourceEnd: buffer.ends.subarray(0, buffer.length),
    memo: new Map(),
  };
};

/** Maps a `[start, end)` range of the folded text back to the original draft. */
export const toOriginalSpan = (text: FoldedText, start: number, end: number): [number, number] => {
  if (text.folded.length === 0) return [0, 0];
  const from = Math.max(0, Math.min(start, text.folded.length - 1));
  const to = Math.max(from, Math.min(end, text.folded.length) - 1);
  return [text.sourceStart[from]!, text.sourceEnd[to]!];
};
