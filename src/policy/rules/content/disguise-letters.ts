/**
 * What a character of a folded word can stand for: a letter itself, a leetspeak symbol or digit
 * for the letters it looks like ("1" for i or l, "$" for s), a mask ("*", "#", "%") for any
 * letter. Letters are bits of a 26-bit mask; `WILD` marks a mask.
 */

export const LETTERS = 26;
export const WILD = 1 << 26;
export const ALL_LETTERS = (1 << LETTERS) - 1;
const bit = (letter: string): number => 1 << (letter.charCodeAt(0) - 0x61);

/** Which letters a leetspeak symbol or digit can stand for. */
const LEET: ReadonlyMap<number, number> = new Map(
  (
    [
      ['0', 'o'], ['1', 'il'], ['!', 'il'], ['|', 'il'], ['¡', 'i'], ['3', 'e'], ['€', 'e'], ['£', 'el'],
      ['4', 'a'], ['@', 'a'], ['5', 's'], ['$', 's'], ['7', 't'], ['+', 't'], ['8', 'b'], ['9', 'g'],
      ['6', 'bg'], ['2', 'z'], ['(', 'c'], ['¢', 'c'],
    ] as const
  ).map(([symbol, letters]) => [symbol.charCodeAt(0), [...letters].reduce((mask, letter) => mask | bit(letter), 0)]),
);
const MASKS = new Set([...'*#%'].map((char) => char.charCodeAt(0)));
/** The longest run of masks still read as hiding letters; longer runs are decoration. */
const MAX_MASK_RUN = 4;

/** Letters a folded code unit can stand for; `WILD` for a mask; 0 for anything else. */
export const lettersOf = (unit: number): number => {
  if (unit >= 0x61 && unit <= 0x7a) return 1 << (unit - 0x61);
  if (MASKS.has(unit)) return WILD | ALL_LETTERS;
  return LEET.get(unit) ?? 0;
};

export const isRealLetter = (unit: number): boolean => unit >= 0x61 && unit <= 0x7a;

/** A candidate is worth matching only with real letters in it and no long runs of masks. */
export const isPlausibleDisguise = (units: readonly number[], from: number, to: number): boolean => {
  let real = 0;
  let masks = 0;
  let maskRun = 0;
  for (let i = from; i < to; i++) {
    const unit = units[i]!;
    if (isRealLetter(unit)) real += 1;
    if (MASKS.has(unit)) {
      masks += 1;
      maskRun += 1;
      if (maskRun > MAX_MASK_RUN) return false;
    } else maskRun = 0;
  }
  // "f***" (one letter, the rest masked) is judged by `isInitialThenMasks` against a short list.
  return masks === 0 ? real >= 1 : real >= 2;
};

/** Whether any unit is a mask ("*", "#", "%"). */
export const hasMask = (units: readonly number[]): boolean => units.some((unit) => MASKS.has(unit));

/** Longest mask run after an initial that still reads as one word ("f******" for fucking). */
const MAX_MASKED_TAIL = 7;

/** "f***", "s***": a real first letter, then only masks (two or more). */
export const isInitialThenMasks = (units: readonly number[], from: number, to: number): boolean => {
  const masks = to - from - 1;
  if (masks < 2 || masks > MAX_MASKED_TAIL || !isRealLetter(units[from]!)) return false;
  for (let i = from + 1; i < to; i++) if (!MASKS.has(units[i]!)) return false;
  return true;
};
