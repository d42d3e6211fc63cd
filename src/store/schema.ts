import type { Kysely } from 'kysely';

/** The store's tables as Kysely sees them. Times are ISO 8601 UTC text (`toISOString()`), so text order is time order. */
export interface StoreSchema {
  audit_log: {
    seq: number;
    id: string;
    at: string;
    actor: string;
    platform: string;
    /** The event's canonical JSON, exactly as hashed. */
    event: string;
    prev_hash: string;
    hash: string;
  };
  account_grants: {
    subject: string;
    account: string;
    granted_by: string;
    granted_at: string;
    expires_at: string | null;
    reason: string | null;
  };
  app_approvals: {
    /** The key: the name in lower case. */
    app: string;
    /** The name as the owner wrote it; null on rows from before migration 2. */
    name: string | null;
    granted_by: string;
    granted_at: string;
    expires_at: string | null;
    reason: string | null;
  };
  acknowledgements: {
    person: string;
    policy_version: string;
    at: string;
  };
  deliveries: {
    key: string;
    seen_at: string;
  };
  schema_migrations: {
    version: number;
    applied_at: string;
  };
}

export type StoreDb = Kysely<StoreSchema>;
export type EngineKind = 'sqlite' | 'postgres';
