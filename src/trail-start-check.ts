import type { Logger } from './logger.ts';
import type { AuditLog } from './policy/ports.ts';

/** What the operator is told to run for the details, which the log never carries. */
const DETAILS = 'run `npm run --silent cli -- audit verify` for the details';

/**
 * How many of the newest entries the start-up check hashes again. Every entry's link and number
 * is compared and the whole trail replayed against the register anyway; recomputing every hash
 * is most of `audit verify`'s cost (20,000 entries here: about 180 ms in full, 80 ms like this).
 */
export const START_CHECK_HASHED_ENTRIES = 1000;

/**
 * Checks the audit trail once the bot is ready, cheaply: every entry's link and number, the
 * newest entries' content hashes, and the register against the whole trail's replay (a wiped or
 * cut trail whose grants remain, a row written behind its back). It runs after `ready`, so it
 * never delays a start, and shutdown waits for it. A problem is logged as one warning with
 * counts and positions only, never an entry, a person or a reason; `audit verify` gives the
 * details. It changes nothing: the bot keeps serving and the operator decides what to do.
 */
export const checkTrailAtStart = async (audit: Pick<AuditLog, 'check'>, logger: Logger): Promise<void> => {
  const started = performance.now();
  const check = await audit.check({ hashLast: START_CHECK_HASHED_ENTRIES });
  const durationMs = Math.round(performance.now() - started);
  if (check.chain.ok && check.differences.length === 0) {
    logger.debug({ entries: check.head.count, durationMs }, 'audit trail verified');
    return;
  }
  const byKind: Record<string, number> = {};
  for (const difference of check.differences) {
    const kind = `${difference.table}:${difference.problem}`;
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }
  logger.warn(
    {
      entries: check.head.count,
      ...(check.chain.ok ? {} : { chainProblem: check.chain.problem, firstBadEntry: check.chain.seq }),
      registerDifferences: check.differences.length,
      ...(check.differences.length > 0 ? { differencesByKind: byKind } : {}),
      durationMs,
    },
    check.chain.ok
      ? `the register does not match the audit trail; ${DETAILS}`
      : `the audit trail does not verify${check.differences.length > 0 ? ', and the register does not match it' : ''}; ${DETAILS}`,
  );
};
