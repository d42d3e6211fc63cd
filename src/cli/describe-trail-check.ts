import { formatHead } from '../policy/audit-chain.ts';
import type { RegisterDifference, TrailCheck } from '../policy/ports.ts';
import type { ChainVerdict, HeadProblem } from '../policy/audit-records.ts';

/** `1 entry`, `2 entries`. */
export const entriesText = (count: number): string => `${count} ${count === 1 ? 'entry' : 'entries'}`;

const CHAIN_PROBLEMS: Record<Extract<ChainVerdict, { ok: false }>['problem'], string> = {
  edited: 'it was edited',
  deleted: 'an entry before it was deleted',
  reordered: 'it was moved out of order',
  renumbered: 'its position number was changed (its content and its link to the entry before are intact)',
};

/** A chain verdict as one line: `ok: N entries`, or which entry fails first and how. */
export const describeVerdict = (verdict: ChainVerdict): string =>
  verdict.ok
    ? `ok: ${entriesText(verdict.count)}`
    : `FAILED: entry ${verdict.seq} (id ${verdict.id}) does not verify: ${CHAIN_PROBLEMS[verdict.problem]} (${entriesText(verdict.count)} checked)`;

const describeHeadProblem = (problem: HeadProblem, count: number): string =>
  problem.problem === 'shorter'
    ? `FAILED: the trail has ${entriesText(count)}, but the recorded head is entry ${problem.expected.count}: entries after ${count} were deleted`
    : `FAILED: entry ${problem.expected.count} is not the recorded head (its hash differs): the trail was rewritten at or before it`;

const TABLES: Record<RegisterDifference['table'], string> = {
  'account-grant': 'account grant',
  'app-approval': 'app approval',
  acknowledgement: 'acknowledgement',
};

/** One register difference in words, naming the row (never a reason or other free text). */
export const describeDifference = (difference: RegisterDifference): string => {
  const what = `${TABLES[difference.table]} ${difference.row}`;
  switch (difference.problem) {
    case 'unrecorded':
      return `${what}: in the register, but no audit entry made it (written behind the trail's back, or its entry was deleted)`;
    case 'missing':
      return `${what}: entry ${difference.seq} made it, but the register does not hold it (removed without an entry, or the entry that removed it was deleted)`;
    case 'differs':
      return `${what}: the register's row differs from entry ${difference.seq} in ${(difference.fields ?? []).join(', ')}`;
    default: {
      const unreachable: never = difference.problem;
      return unreachable;
    }
  }
};

/**
 * `audit verify`'s output. The first line is `ok: N entries` or the first failure (the chain's,
 * then a recorded head's, then the register's); on success the second is the head to keep
 * outside the database, on failure every register difference follows, one per line.
 */
export const describeTrailCheck = (check: TrailCheck): { readonly ok: boolean; readonly lines: readonly string[] } => {
  const failures: string[] = [];
  if (!check.chain.ok) failures.push(describeVerdict(check.chain));
  if (check.headProblem) failures.push(describeHeadProblem(check.headProblem, check.head.count));
  if (check.differences.length > 0) {
    const count = check.differences.length;
    failures.push(`FAILED: the register does not match the audit trail: ${count} ${count === 1 ? 'difference' : 'differences'} (${entriesText(check.head.count)} replayed)`);
  }
  if (failures.length === 0) return { ok: true, lines: [describeVerdict(check.chain), `head: ${formatHead(check.head)}`] };
  return { ok: false, lines: [...failures, ...check.differences.map((difference) => `- ${describeDifference(difference)}`)] };
};
