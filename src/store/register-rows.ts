import type { AccountGrantRow, Acknowledgement, AppApprovalRow, GrantRecord } from '../policy/ports.ts';
import type { StoreSchema } from './schema.ts';
import { compareText } from './store-inputs.ts';

/** An account grant row as the register port describes it (audit verify compares these with the trail). */
export const accountGrantRow = (row: StoreSchema['account_grants']): AccountGrantRow => ({
  subject: row.subject,
  account: row.account,
  grantedBy: row.granted_by,
  grantedAt: row.granted_at,
  expiresAt: row.expires_at,
  reason: row.reason,
});

/** An app approval row as the register port describes it. */
export const appApprovalRow = (row: StoreSchema['app_approvals']): AppApprovalRow => ({
  app: row.app,
  name: row.name,
  grantedBy: row.granted_by,
  grantedAt: row.granted_at,
  expiresAt: row.expires_at,
  reason: row.reason,
});

/** `{ [key]: value }` when there is a value, `{}` otherwise (optional fields of records and audit events). */
export const optional = <K extends string>(key: K, value: string | null | undefined) =>
  value === null || value === undefined ? {} : ({ [key]: value } as Record<K, string>);

/** A register row as the record commands and the CLI show, on every engine. */
export const accountGrantRecord = (row: AccountGrantRow): GrantRecord => ({
  kind: 'account',
  subject: row.subject,
  account: row.account,
  grantedBy: row.grantedBy,
  grantedAt: row.grantedAt,
  ...optional('expiresAt', row.expiresAt),
  ...optional('reason', row.reason),
});

/** An approval as its record: the app as the owner wrote it (its key, for approvals from before names were kept). */
export const appApprovalRecord = (row: AppApprovalRow): GrantRecord => ({
  kind: 'app',
  app: row.name ?? row.app,
  grantedBy: row.grantedBy,
  grantedAt: row.grantedAt,
  ...optional('expiresAt', row.expiresAt),
  ...optional('reason', row.reason),
});

/** Each person's latest acknowledgement among `acks`, sorted by person; at the same moment, the larger version (as SQL orders them too). */
export const latestPerPerson = (acks: readonly Acknowledgement[]): Acknowledgement[] => {
  const latest = new Map<string, Acknowledgement>();
  for (const ack of acks) {
    const earlier = latest.get(ack.person);
    if (earlier === undefined || ack.at > earlier.at || (ack.at === earlier.at && ack.policyVersion > earlier.policyVersion)) latest.set(ack.person, ack);
  }
  return [...latest.values()].sort((a, b) => compareText(a.person, b.person));
};
