/**
 * The words of a draft as the name finder reads them, off character codes: a word (letters and
 * digits, joined by ' ’ & - when a letter or digit follows) or a @handle / #hashtag.
 */

export const AT = 64;
export const HASH = 35;

/**
 * Where the next token of `text` at or after `from` starts and ends: a word, or a @handle /
 * #hashtag (which break names and start a new "sentence"). The same tokens, in the same
 * places, as /[@#][\p{L}\p{N}_.]+|[\p{L}\p{N}]+(?:['’&-][\p{L}\p{N}]+)*\/gu, read off character
 * codes: this runs over every word of a draft, and a match object per word cost more than the rest.
 */
export const nextToken = (text: string, from: number, into: { start: number; end: number }): boolean => {
  const length = text.length;
  for (let index = from; index < length; ) {
    const code = text.charCodeAt(index);
    const width = widthAt(text, index, code);
    if (code === AT || code === HASH) {
      let end = index + 1;
      for (let next = 0; end < length; end += next) {
        const unit = text.charCodeAt(end);
        next = widthAt(text, end, unit);
        if (!(unit === UNDERSCORE || unit === DOT || isWordAt(text, end, unit, next))) break;
      }
      if (end > index + 1) {
        into.start = index;
        into.end = end;
        return true;
      }
    } else if (isWordAt(text, index, code, width)) {
      let end = wordRunEnd(text, index + width);
      // Joiners ('’&-) stay inside a word only with a letter or digit after them.
      while (end < length) {
        const joiner = text.charCodeAt(end);
        if (joiner !== APOSTROPHE && joiner !== CURLY_APOSTROPHE && joiner !== AMPERSAND && joiner !== HYPHEN) break;
        const after = end + 1;
        if (after >= length) break;
        const unit = text.charCodeAt(after);
        const next = widthAt(text, after, unit);
        if (!isWordAt(text, after, unit, next)) break;
        end = wordRunEnd(text, after + next);
      }
      into.start = index;
      into.end = end;
      return true;
    }
    index += width;
  }
  return false;
};

/** Code units of the code point at `index`: 2 for a surrogate pair, else 1. */
const widthAt = (text: string, index: number, code: number): number => {
  if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return 1;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
};

/** The end of a run of letters and digits starting at `index`. */
const wordRunEnd = (text: string, index: number): number => {
  let end = index;
  while (end < text.length) {
    const unit = text.charCodeAt(end);
    const width = widthAt(text, end, unit);
    if (!isWordAt(text, end, unit, width)) break;
    end += width;
  }
  return end;
};

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
// Per UTF-16 code unit: 0 = not known yet, 1 = a letter or digit, 2 = not. Filled as drafts are read.
const wordUnits = new Uint8Array(0x10000);
/** Whether the code point at `index` (`width` units, first unit `code`) is a letter or digit. */
const isWordAt = (text: string, index: number, code: number, width: number): boolean => {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (width === 2) return WORD_CHARACTER.test(text.slice(index, index + 2));
  let known = wordUnits[code]!;
  if (known === 0) wordUnits[code] = known = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
};
const UNDERSCORE = 95;
const DOT = 46;
const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const AMPERSAND = 38;
const HYPHEN = 45;
