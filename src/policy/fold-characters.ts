/**
 * How single characters fold for `foldText`, and the tables behind it: invisible controls,
 * NFKC, diacritics, case, Latin look-alikes that NFKC keeps, and Cyrillic and Greek letters
 * drawn like Latin ones. Kept apart from `normalise-text.ts`, which walks the draft and keeps
 * the offsets, so that the tables can grow without touching the offset bookkeeping. Both run
 * on every draft: character codes and typed arrays, never arrays of one-character strings.
 */

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
export const foldCodePoint = (codePoint: number, char: string): string => {
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
/** A letter of any script. */
export const IS_LETTER = 2;
/** A Cyrillic or Greek letter with a Latin twin. */
export const IS_LOOK_ALIKE = 4;
const unitClass = new Uint8Array(0x10000);

/** Letter and look-alike flags of one folded code unit (a lone surrogate is neither). */
export const classify = (unit: number): number => {
  const known = unitClass[unit]!;
  if (known !== 0) return known;
  let flags = CLASSIFIED;
  const char = String.fromCharCode(unit);
  if (LETTER.test(char)) flags |= IS_LETTER;
  if (LOOK_ALIKE_CODES.has(unit)) flags |= IS_LOOK_ALIKE;
  unitClass[unit] = flags;
  return flags;
};

/** Plain a–z. */
export const isAsciiLower = (unit: number): boolean => unit >= 0x61 && unit <= 0x7a;
const isAsciiDigit = (unit: number): boolean => unit >= 0x30 && unit <= 0x39;

/**
 * A word of Cyrillic or Greek look-alikes is Latin in disguise when it mixes in Latin letters
 * ("ѕhіt"), or when every letter of it has a Latin twin and the draft around it is mostly Latin
 * (it has Latin letters, and no fewer than letters of other scripts that have no Latin twin).
 * Genuine Russian or Greek text keeps its own letters, so it is never read as English.
 */
export const mapDisguisedWords = (units: Uint16Array, length: number, draftIsMostlyLatin: boolean): void => {
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
