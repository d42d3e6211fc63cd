import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/policy/normalise-text.ts';
import { findAll } from '../../../src/policy/rules/match.ts';

const CUE = /(?<![a-z])(?:kept quiet|quiet)(?![a-z])/g;

describe('findAll, run once per draft and pattern', () => {
  it('gives a second caller the same matches in an array of its own', () => {
    const text = foldText('Kept quiet all week. Quiet please.');
    const first = findAll(text, CUE);
    expect(first.map((match) => match.text)).toEqual(['kept quiet', 'quiet']);
    first.push(first[0]!);
    first.reverse();
    const second = findAll(text, CUE);
    expect(second.map((match) => [match.text, match.span])).toEqual([
      ['kept quiet', [0, 10]],
      ['quiet', [21, 26]],
    ]);
    expect(second).not.toBe(findAll(text, CUE));
    expect(CUE.lastIndex).toBe(0);
  });

  it('runs the pattern again for another draft', () => {
    expect(findAll(foldText('quiet'), CUE)).toHaveLength(1);
    expect(findAll(foldText('loud'), CUE)).toEqual([]);
    expect(findAll(foldText('quiet, quiet'), CUE)).toHaveLength(2);
  });
});
