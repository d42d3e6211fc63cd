import { describe, expect, it } from 'vitest';
import { checkDraft, createChecker, MAX_DRAFT_CHARS } from '../../../src/policy/check-draft.ts';
import { isUserError } from '../../../src/policy/errors.ts';
import { loadZrtherapy } from '../../helpers/policy.ts';

const policy = loadZrtherapy();

describe('checkDraft', () => {
  it('is the checker of the policy, compiled once', () => {
    const draft = { text: 'Our takings this month were £31k, best month yet!', account: 'company' as const };
    expect(checkDraft(policy, draft)).toEqual(createChecker(policy).check(draft));
    expect(checkDraft(policy, draft).verdict).toBe('stop');
  });

  it('refuses a draft over the limit, and one that grows past it when folded, with a user error', () => {
    const tooLong = () => checkDraft(policy, { text: 'a'.repeat(MAX_DRAFT_CHARS + 1) });
    expect(tooLong).toThrow(/limit is 3000/);
    // U+FDFA folds (NFKC) to 18 characters: 2,000 of them stay under the draft limit but not the folded one.
    const expands = () => checkDraft(policy, { text: '\uFDFA'.repeat(2000) });
    try {
      expands();
      expect.unreachable();
    } catch (error) {
      expect(isUserError(error) && error.code).toBe('draft-too-long');
    }
  });

  it('answers ok with no findings for an empty draft', () => {
    expect(checkDraft(policy, { text: '' })).toEqual({ verdict: 'ok', findings: [] });
  });
});
