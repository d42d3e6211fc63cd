import { DraftMemo, type FoldedText } from '../../normalise-text.ts';

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

const memo = new DraftMemo<readonly SentenceRange[]>();

/** `sentenceRanges` of a draft's folded text, worked out once per draft and shared by the detectors that need it. */
export const sentenceRangesOf = (text: FoldedText): readonly SentenceRange[] => {
  let ranges = memo.get(text);
  if (!ranges) memo.set(text, (ranges = sentenceRanges(text.folded)));
  return ranges;
};

/** Context reaches at most this far either side of a match, so hostile input stays linear. */
export const MAX_CONTEXT = 300;

/**
 * The sentence around folded offset `at`, clipped to `MAX_CONTEXT` either side of it (the whole
 * text when no sentence holds it). Binary search, so many matches in many sentences stay fast.
 */
export const sentenceAt = (ranges: readonly SentenceRange[], at: number, length: number): SentenceRange => {
  let low = 0;
  let high = ranges.length - 1;
  let found: SentenceRange = { start: 0, end: length };
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle]!;
    if (at < range.start) high = middle - 1;
    else if (at >= range.end) low = middle + 1;
    else {
      found = range;
      break;
    }
  }
  return { start: Math.max(found.start, at - MAX_CONTEXT), end: Math.min(found.end, at + MAX_CONTEXT) };
};
