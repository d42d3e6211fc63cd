import type { AccountGrantRow, AppApprovalRow } from '../policy/ports.ts';
import type { StoreSchema } from './schema.ts';

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
