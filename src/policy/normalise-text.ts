/**
 * Folds a draft into one comparable form while remembering where every folded character came
 * from, so that detectors can match on the folded text and still report spans into the
 * ORIGINAL draft (UTF-16 code units).
 *
 * Folding, per code point: drop invisible controls (zero-width, bidi, soft hyphen, variation
 * selectors), NFKC (full-width and styled letters become plain), strip diacritics, lower-case,
 * and map look-alike Cyrillic and Greek letters to Latin where the word is really Latin text in
 * disguise (see `isDisguisedLatin`). Everything is one linear pass plus one linear pass per word.
 */

export interface FoldedText {
  readonly original: string;
  /** Lower-case, NFKC, diacritic-free, look-alikes mapped. Same order as the original. */
  readonly folded: string;
  /** For each folded index, the original offset where its source code point starts. */
  readonly sourceStart: Int32Array;
  /** For each folded index, the original offset just past its source code point. */
  readonly sourceEnd: Int32Array;
}

/** Zero-width, joiners, bidi controls, soft hyphen, word joiner, BOM, variation selectors, tags. */
const INVISIBLE = /^[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]$/u;
const COMBINING_MARK = /\p{M}/gu;

/** Cyrillic and Greek letters that are drawn like a Latin letter. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', з: '3', и: 'u', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c',
  т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w',
  ь: 'b', г: 'r', п: 'n', ц: 'u', ш: 'w', д: 'd', л: 'n', я: 'r',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', γ: 'y', ω: 'w', ς: 's', σ: 'o', λ: 'l', δ: 'd', θ: 'o', π: 'n',
};

const foldCache = new Map<number, string>();

/** Folds one code point (without look-alike mapping, which depends on the word around it). */
const foldCodePoint = (codePoint: number, char: string): string => {
  if (codePoint < 0x80) return codePoint >= 0x41 && codePoint <= 0x5a ? String.fromCharCode(codePoint + 32) : char;
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  const folded = INVISIBLE.test(char)
    ? ''
    : char.normalize('NFKC').normalize('NFD').replace(COMBINING_MARK, '').toLowerCase().normalize('NFC');
  if (foldCache.size < 10_000) foldCache.set(codePoint, folded);
  return folded;
};

const LATIN_LETTER = /[a-z]/;
const LOOK_ALIKE_LETTER = /[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]/;
const LETTER = /\p{L}/u;

/**
 * A word of Cyrillic or Greek look-alikes is Latin in disguise when it mixes in Latin letters
 * ("ѕhіt"), or when every letter of it has a Latin twin and the draft around it is mostly Latin.
 * Genuine Russian or Greek text keeps its own letters, so it is never read as English.
 */
const isDisguisedLatin = (word: string, draftIsMostlyLatin: boolean): boolean => {
  let latin = 0;
  let lookAlike = 0;
  let otherLetters = 0;
  for (const char of word) {
    if (LATIN_LETTER.test(char)) latin += 1;
    else if (LOOK_ALIKES[char] !== undefined) lookAlike += 1;
    else if (LETTER.test(char)) otherLetters += 1;
  }
  if (lookAlike === 0) return false;
  if (latin > 0) return true;
  return draftIsMostlyLatin && otherLetters === 0;
};

export const foldText = (original: string): FoldedText => {
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let latinLetters = 0;
  let otherLetters = 0;
  for (let offset = 0; offset < original.length; ) {
    const codePoint = original.codePointAt(offset) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const char = width === 2 ? original.slice(offset, offset + 2) : original[offset]!;
    const folded = foldCodePoint(codePoint, char);
    for (let i = 0; i < folded.length; i++) {
      const unit = folded[i]!;
      pieces.push(unit);
      starts.push(offset);
      ends.push(offset + width);
      if (LATIN_LETTER.test(unit)) latinLetters += 1;
      else if (unit.charCodeAt(0) > 0x7f && LETTER.test(unit)) otherLetters += 1;
    }
    offset += width;
  }

  const draftIsMostlyLatin = latinLetters >= otherLetters;
  // Second pass, word by word: map look-alikes only inside words that are Latin in disguise.
  for (let index = 0; index < pieces.length; ) {
    if (!LETTER.test(pieces[index]!)) {
      index += 1;
      continue;
    }
    let end = index;
    while (end < pieces.length && (LETTER.test(pieces[end]!) || /[0-9]/.test(pieces[end]!))) end += 1;
    const word = pieces.slice(index, end).join('');
    if (LOOK_ALIKE_LETTER.test(word) && isDisguisedLatin(word, draftIsMostlyLatin)) {
      for (let i = index; i < end; i++) pieces[i] = LOOK_ALIKES[pieces[i]!] ?? pieces[i]!;
    }
    index = end;
  }

  return {
    original,
    folded: pieces.join(''),
    sourceStart: Int32Array.from(starts),
    sourceEnd: Int32Array.from(ends),
  };
};

/** Maps a `[start, end)` range of the folded text back to the original draft. */
export const toOriginalSpan = (text: FoldedText, start: number, end: number): [number, number] => {
  if (text.folded.length === 0) return [0, 0];
  const from = Math.max(0, Math.min(start, text.folded.length - 1));
  const to = Math.max(from, Math.min(end, text.folded.length) - 1);
  return [text.sourceStart[from]!, text.sourceEnd[to]!];
};
