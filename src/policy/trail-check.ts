import { compareHead, headOf, verifyChain } from './audit-chain.ts';
import type { RegisterTables, TrailCheck, TrailCheckOptions } from './ports.ts';
import type { AuditEntry } from './audit-records.ts';
import { compareRegister } from './register-replay.ts';

/**
 * Everything `audit verify` (and the bot at start) checks, from entries and the register's rows
 * read at one moment: the chain, its head against one recorded earlier, and the register
 * against the trail's replay. Pure; every store implements `AuditLog.check` with it.
 */
export const checkTrail = (entries: readonly AuditEntry[], tables: RegisterTables, options: TrailCheckOptions = {}): TrailCheck => {
  const { expectHead, hashLast } = options;
  const headProblem = expectHead === undefined ? undefined : compareHead(entries, expectHead);
  return {
    chain: verifyChain(entries, hashLast === undefined ? {} : { hashFrom: Math.max(0, entries.length - hashLast) }),
    head: headOf(entries),
    ...(headProblem === undefined ? {} : { headProblem }),
    differences: compareRegister(entries, tables),
  };
};
