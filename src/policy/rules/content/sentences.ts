/**
 * Sentence ranges of folded text, split at . ! ? ; and line breaks (a dot between letters or
 * digits, as in "zrtherapy.co.uk" or "2.5", does not end a sentence). Linear, one pass.
 */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
}

const isWordUnit = (unit: number): boolean => (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39);

export const sentenceRanges = (folded: string): SentenceRange[] => {
  const ranges: SentenceRange[] = [];
  let start = 0;
  for (let index = 0; index < folded.length; index++) {
    const unit = folded.charCodeAt(index);
    const ends =
      unit === 0x21 || unit === 0x3f || unit === 0x3b || unit === 0x0a ||
      (unit === 0x2e && !(isWordUnit(folded.charCodeAt(index - 1)) && isWordUnit(folded.charCodeAt(index + 1))));
    if (ends) {
      if (index > start) ranges.push({ start, end: index });
      start = index + 1;
    }
  }
  if (folded.length > start) ranges.push({ start, end: folded.length });
  return ranges;
};

/** The sentence that contains folded offset `at` (or the whole text when there is none). */
export const sentenceAt = (ranges: readonly SentenceRange[], at: number, length: number): SentenceRange =>
  ranges.find((range) => at >= range.start && at < range.end) ?? { start: 0, end: length };
