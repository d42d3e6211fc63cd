import { describe, expect, it } from 'vitest';
import type { Checker } from '../../src/policy/check-draft.ts';
import type { Account, Verdict } from '../../src/policy/types.ts';

export interface OtherWordings {
  readonly checker: Checker;
  readonly detector: string;
  /** A clause the detector's findings must cite. */
  readonly clause: string;
  /** The verdict each flagged draft gets. */
  readonly verdict: Verdict;
  readonly account?: Account;
  /** Drafts the detector must flag, each with words its finding's span must hold. */
  readonly flags: readonly (readonly [text: string, cue: string])[];
  /** Near misses the detector must leave alone. */
  readonly passes: readonly string[];
}

/**
 * Our own other wordings of one rubric row, run through the whole checker: each draft flagged
 * with the verdict, the clause and a span over its cue; each near miss left alone by the detector.
 */
export const describeOtherWordings = ({ checker, detector, clause, verdict, account, flags, passes }: OtherWordings): void => {
  describe(`${detector}: other wordings of the rubric row`, () => {
    const run = (text: string) => checker.check({ text, account });
    it.each(flags)('flags: %s', (text, cue) => {
      const result = run(text);
      expect(result.verdict).toBe(verdict);
      const findings = result.findings.filter((finding) => finding.detector === detector);
      expect(findings.map((finding) => finding.clause)).toContain(clause);
      expect(findings.some((finding) => text.slice(...finding.span).includes(cue))).toBe(true);
    });

    it.each(passes)('passes: %s', (text) => {
      expect(run(text).findings.filter((finding) => finding.detector === detector)).toEqual([]);
    });
  });
};
