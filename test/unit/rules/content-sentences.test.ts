import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/policy/normalise-text.ts';
import { sentenceRanges, sentenceRangesOf } from '../../../src/policy/rules/content/sentences.ts';

describe('content sentences, shared per draft', () => {
  it('gives the same ranges as sentenceRanges, worked out once per draft', () => {
    const text = foldText('First one. Second one! A link to example.org stays whole; last part\nnew line');
    const ranges = sentenceRangesOf(text);
    expect(ranges).toEqual(sentenceRanges(text.folded));
    expect(sentenceRangesOf(text)).toBe(ranges);
  });

  it('works the ranges out again for another draft with the same words', () => {
    const first = foldText('One. Two.');
    const second = foldText('One. Two.');
    expect(sentenceRangesOf(second)).not.toBe(sentenceRangesOf(first));
    expect(sentenceRangesOf(second)).toEqual(sentenceRangesOf(first));
  });
});
