import type { Verdict } from '../../policy/types.ts';

/** The word every reply with a verdict carries in its plain text (interface.md). */
export const VERDICT_WORD: Readonly<Record<Verdict, 'OK' | 'CAUTION' | 'STOP'>> = { ok: 'OK', caution: 'CAUTION', stop: 'STOP' };

/** What the verdict means for the person (verdicts.md). */
export const VERDICT_MEANING: Readonly<Record<Verdict, string>> = {
  ok: 'fine to post.',
  caution: 'check before posting.',
  stop: "don't post this.",
};
