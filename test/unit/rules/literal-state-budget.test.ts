import { describe, expect, it } from 'vitest';
import { createLiteralStateBudget } from '../../../src/policy/rules/literal-state-budget.ts';

describe("the literal gate's budget of automaton states", () => {
  it('counts the nodes of the literals\' trie, so shared beginnings cost once', () => {
    const budget = createLiteralStateBudget(9);
    budget.take(['confirm']); // 7 nodes
    // "confide" shares "confi": its 2 new nodes fit in the 2 left; as 7 characters it would not.
    expect(budget.fits(['confide'])).toBe(true);
    budget.take(['confide']);
    expect(budget.fits(['x'])).toBe(false);
    // What is already in the trie costs nothing.
    expect(budget.fits(['conf', 'confirm'])).toBe(true);
  });

  it('turns away literals that would pass the limit', () => {
    const budget = createLiteralStateBudget(5);
    expect(budget.fits(['abcdef'])).toBe(false);
    expect(budget.fits(['abcde'])).toBe(true);
  });
});
