import type { AccountGrantRow, Acknowledgement, AppApprovalRow, RegisterDifference, RegisterTables } from './ports.ts';
import type { AuditEntry } from './audit-records.ts';

/**
 * The register is what its audit trail says, nothing more: every grant, approval and
 * acknowledgement row is written in the same transaction as the entry that records it. So
 * replaying the trail from its first entry must give the tables exactly, and any difference is
 * a row written (or removed) behind the trail's back, or entries that were deleted — a wiped or
 * truncated trail whose grants are still in the tables shows up here, though the chain that
 * remains verifies. Pure: the stores read the rows, `audit verify` and the start-up check report.
 */

/** A replayed row with the entry that made it. */
type Made<Row> = { readonly row: Row; readonly seq: number };

/** The register a trail gives, each row keyed as its table keys it, with the entry that made it. */
export interface ReplayedRegister {
  readonly accountGrants: ReadonlyMap<string, Made<AccountGrantRow>>;
  readonly appApprovals: ReadonlyMap<string, Made<AppApprovalRow>>;
  readonly acknowledgements: ReadonlyMap<string, Made<Acknowledgement>>;
}

const grantKey = (row: Pick<AccountGrantRow, 'subject' | 'account'>): string => `${row.account} for ${row.subject}`;
const ackKey = (row: Pick<Acknowledgement, 'person' | 'policyVersion'>): string => `${row.policyVersion} by ${row.person}`;

/**
 * Replays entries in chain order, as the stores apply them: a grant or approval writes (or
 * replaces) its row, a revoke or withdrawal removes it, an acknowledgement is kept once. An entry
 * whose event is not a recognisable object (a tampered row) changes nothing: the chain check names it.
 */
export const replayRegister = (entries: readonly AuditEntry[]): ReplayedRegister => {
  const accountGrants = new Map<string, Made<AccountGrantRow>>();
  const appApprovals = new Map<string, Made<AppApprovalRow>>();
  const acknowledgements = new Map<string, Made<Acknowledgement>>();
  for (const entry of entries) {
    const event = entry.event as AuditEntry['event'] | null;
    if (event === null || typeof event !== 'object') continue;
    switch (event.action) {
      case 'grant': {
        const row = { subject: event.subject, account: event.account, grantedBy: entry.actor, grantedAt: entry.at, expiresAt: event.expiresAt ?? null, reason: event.reason ?? null };
        accountGrants.set(grantKey(row), { row, seq: entry.seq });
        break;
      }
      case 'revoke':
        accountGrants.delete(grantKey(event));
        break;
      case 'approve-app': {
        const row = { app: event.app, name: event.name ?? null, grantedBy: entry.actor, grantedAt: entry.at, expiresAt: event.expiresAt ?? null, reason: event.reason ?? null };
        appApprovals.set(event.app, { row, seq: entry.seq });
        break;
      }
      case 'unapprove-app':
        appApprovals.delete(event.app);
        break;
      case 'acknowledge': {
        const row = { person: entry.actor, policyVersion: event.policyVersion, at: entry.at };
        // The stores record a person's acknowledgement of a version once; a repeat changes nothing.
        if (!acknowledgements.has(ackKey(row))) acknowledgements.set(ackKey(row), { row, seq: entry.seq });
        break;
      }
      default:
        // `refused` and `policy-loaded` leave the register as it is.
        break;
    }
  }
  return { accountGrants, appApprovals, acknowledgements };
};

/** The columns of `actual` whose values differ from `expected`'s. */
const differingFields = <Row extends object>(expected: Row, actual: Row): string[] =>
  (Object.keys(expected) as (keyof Row & string)[]).filter((field) => expected[field] !== actual[field]);

/** Compares one table with its replay; each row is reported once. */
const compareTable = <Row extends object>(
  table: RegisterDifference['table'],
  replayed: ReadonlyMap<string, Made<Row>>,
  rows: readonly Row[],
  keyOf: (row: Row) => string,
): RegisterDifference[] => {
  const differences: RegisterDifference[] = [];
  const seen = new Set<string>();
  for (const actual of rows) {
    const key = keyOf(actual);
    seen.add(key);
    const made = replayed.get(key);
    if (made === undefined) {
      differences.push({ table, row: key, problem: 'unrecorded' });
      continue;
    }
    const fields = differingFields(made.row, actual);
    if (fields.length > 0) differences.push({ table, row: key, problem: 'differs', seq: made.seq, fields });
  }
  for (const [key, made] of replayed) if (!seen.has(key)) differences.push({ table, row: key, problem: 'missing', seq: made.seq });
  return differences;
};

/** Every way the register's tables differ from what the trail's replay gives; empty when they agree. */
export const compareRegister = (entries: readonly AuditEntry[], tables: RegisterTables): RegisterDifference[] => {
  const replayed = replayRegister(entries);
  return [
    ...compareTable('account-grant', replayed.accountGrants, tables.accountGrants, grantKey),
    ...compareTable('app-approval', replayed.appApprovals, tables.appApprovals, (row) => row.app),
    ...compareTable('acknowledgement', replayed.acknowledgements, tables.acknowledgements, ackKey),
  ];
};
