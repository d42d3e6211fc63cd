/** Shared vocabulary of the policy core. Nothing here knows about a platform or a store. */

export type Verdict = 'ok' | 'caution' | 'stop';

/** How severe each verdict is, for sorting findings and picking the verdict: the most severe finding's. */
export const VERDICT_RANK: Readonly<Record<Verdict, number>> = { ok: 0, caution: 1, stop: 2 };
export type Severity = Exclude<Verdict, 'ok'>;
export type Account = 'company' | 'personal';

/** `[start, end)` offsets into the ORIGINAL draft, in UTF-16 code units. */
export type Span = readonly [start: number, end: number];

export interface Finding {
  /** A clause id of the loaded policy document. */
  readonly clause: string;
  readonly span: Span;
  /** One line a person understands. */
  readonly reason: string;
  /** A safer version of the whole draft, where one exists. */
  readonly rewrite?: string;
  readonly severity: Severity;
  /** Which general detector raised it (for logs and tests; never the draft's text). */
  readonly detector: string;
}

export interface CheckResult {
  readonly verdict: Verdict;
  readonly findings: readonly Finding[];
}

export interface DraftInput {
  readonly text: string;
  readonly account?: Account;
}
