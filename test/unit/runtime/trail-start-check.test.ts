import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/logger.ts';
import type { TrailCheck, TrailCheckOptions } from '../../../src/policy/ports.ts';
import { checkTrailAtStart, START_CHECK_HASHED_ENTRIES } from '../../../src/trail-start-check.ts';

/** A logger that keeps what it was given. */
const capture = () => {
  const lines: { level: string; fields: Record<string, unknown>; msg: string }[] = [];
  const at = (level: string) => (fields: Record<string, unknown>, msg: string) => lines.push({ level, fields, msg });
  return { lines, logger: { warn: at('warn'), debug: at('debug') } as unknown as Logger };
};

const auditAnswering = (check: TrailCheck) => {
  const asked: (TrailCheckOptions | undefined)[] = [];
  return { asked, audit: { check: async (options?: TrailCheckOptions) => (asked.push(options), check) } };
};

describe('checkTrailAtStart', () => {
  it('asks for the cheap check and says nothing above debug when the trail is sound', async () => {
    const { asked, audit } = auditAnswering({ chain: { ok: true, count: 3 }, head: { count: 3, hash: 'a'.repeat(64) }, differences: [] });
    const { lines, logger } = capture();
    await checkTrailAtStart(audit, logger);
    expect(asked).toEqual([{ hashLast: START_CHECK_HASHED_ENTRIES }]);
    expect(lines.map((line) => line.level)).toEqual(['debug']);
  });

  it('warns once about a chain that does not verify, with positions and counts and no row', async () => {
    const { audit } = auditAnswering({
      chain: { ok: false, count: 9, seq: 4, id: 'e4', problem: 'deleted' },
      head: { count: 9, hash: 'a'.repeat(64) },
      differences: [{ table: 'account-grant', row: 'instagram for slack:UMALLORY', problem: 'unrecorded' }],
    });
    const { lines, logger } = capture();
    await checkTrailAtStart(audit, logger);
    expect(lines).toEqual([
      {
        level: 'warn',
        msg: 'the audit trail does not verify, and the register does not match it; run `npm run --silent cli -- audit verify` for the details',
        fields: expect.objectContaining({ entries: 9, chainProblem: 'deleted', firstBadEntry: 4, registerDifferences: 1, differencesByKind: { 'account-grant:unrecorded': 1 } }),
      },
    ]);
    expect(JSON.stringify(lines)).not.toContain('MALLORY');
  });
});
