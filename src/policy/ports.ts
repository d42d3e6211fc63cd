import type { AuditAction, AuditActor, AuditEntry, AuditEvent, ChainVerdict, HeadProblem, PersonId, TrailHead } from './audit-records.ts';

/**
 * The core's ports (architecture.md, rule 2): what the policy core and the command layer need
 * from the outside world. `src/store/` implements them (memory, SQLite, PostgreSQL); `main.ts`
 * wires them. Nothing here stores a draft or a question: every audit detail is a typed field
 * validated by zod, and none of them is free text longer than a short owner's note.
 */

/** Time, passed in so audit records and expiry are testable. */
export interface Clock {
  now(): Date;
}

/** Unique ids for audit entries (random in production, predictable in tests). */
export interface IdGenerator {
  next(): string;
}


/** An account grant row as the register holds it (expired rows included: they stay until renewed or revoked). */
export interface AccountGrantRow {
  readonly subject: PersonId;
  readonly account: string;
  readonly grantedBy: PersonId;
  readonly grantedAt: string;
  readonly expiresAt: string | null;
  readonly reason: string | null;
}

/** An app approval row: `app` is the key, `name` as the owner wrote it (null on rows from before names were kept). */
export interface AppApprovalRow {
  readonly app: string;
  readonly name: string | null;
  readonly grantedBy: PersonId;
  readonly grantedAt: string;
  readonly expiresAt: string | null;
  readonly reason: string | null;
}

/** Every row of the register's tables: what replaying the audit trail must give exactly. */
export interface RegisterTables {
  readonly accountGrants: readonly AccountGrantRow[];
  readonly appApprovals: readonly AppApprovalRow[];
  readonly acknowledgements: readonly Acknowledgement[];
}

/**
 * One way the register differs from the trail's replay: a row no entry made (`unrecorded`), a row
 * the trail made and nothing recorded removing (`missing`), or a row unlike the entry that made it (`differs`).
 */
export interface RegisterDifference {
  readonly table: 'account-grant' | 'app-approval' | 'acknowledgement';
  /** The row's key in words: `instagram for slack:U0123ABCD`, `canva`, `a1b2c3d4 by slack:U0123ABCD`. */
  readonly row: string;
  readonly problem: 'unrecorded' | 'missing' | 'differs';
  /** The entry whose replay gives the row (for `missing` and `differs`). */
  readonly seq?: number;
  /** The columns that differ (for `differs`). */
  readonly fields?: readonly string[];
}

export interface TrailCheckOptions {
  /** A head recorded earlier (`audit verify --expect-head`) the trail must still reach. */
  readonly expectHead?: TrailHead;
  /**
   * Recompute the content hashes of only the last `hashLast` entries (every link and number is
   * still checked, and the whole trail replayed): the bot's cheap check at start. Unset: all.
   */
  readonly hashLast?: number;
}

/** `audit verify`'s whole finding: the chain, its head, a recorded head compared, and the register against the trail's replay. */
export interface TrailCheck {
  readonly chain: ChainVerdict;
  readonly head: TrailHead;
  /** Only when a recorded head was given and the trail does not reach it. */
  readonly headProblem?: HeadProblem;
  readonly differences: readonly RegisterDifference[];
}

/** The append-only audit log. Appends are serialised across processes and instances. */
export interface AuditLog {
  /** Validates the event (zod), chains it and stores it. Throws `UserError('busy')` when the database is locked. */
  append(actor: AuditActor, event: AuditEvent): Promise<AuditEntry>;
  /** The last `n` entries, oldest first. */
  last(n: number): Promise<readonly AuditEntry[]>;
  /** The newest entry of one kind (e.g. the last `policy-loaded`, to record a version only when it changes). */
  latest(action: AuditAction): Promise<AuditEntry | undefined>;
  /** The newest `policy-loaded` entry for `policyVersion` (its clause fingerprints say what that version held); undefined when none. */
  policyLoaded(policyVersion: string): Promise<AuditEntry | undefined>;
  /**
   * The `policy-loaded` entries after entry `afterSeq` (default: all), oldest first: one per policy
   * version an instance started on, so a few. A caller that keeps what it read asks only for newer
   * ones, which the sequence number finds without reading the trail.
   */
  policyLoads(afterSeq?: number): Promise<readonly AuditEntry[]>;
  /** Every entry in chain order (export, verify). */
  all(): Promise<readonly AuditEntry[]>;
  /** Recomputes the chain. */
  verify(): Promise<ChainVerdict>;
  /**
   * Recomputes the chain and replays it against the register's tables, all read at one moment;
   * with `expectHead`, also checks that the trail still reaches a head recorded earlier.
   */
  check(options?: TrailCheckOptions): Promise<TrailCheck>;
}

/** A company account grant or an app approval, as the register holds it. */
export type GrantRecord =
  | {
      readonly kind: 'account';
      readonly subject: PersonId;
      readonly account: string;
      readonly grantedBy: PersonId;
      readonly grantedAt: string;
      readonly expiresAt?: string;
      readonly reason?: string;
    }
  | {
      readonly kind: 'app';
      /** The app as the owner wrote it when approving it (`Canva`); matching ignores case. */
      readonly app: string;
      readonly grantedBy: PersonId;
      readonly grantedAt: string;
      readonly expiresAt?: string;
      readonly reason?: string;
    };

export interface AccountGrantInput {
  readonly subject: PersonId;
  readonly account: string;
  readonly expiresAt?: string;
  readonly reason?: string;
}
export interface AppApprovalInput {
  readonly app: string;
  readonly expiresAt?: string;
  readonly reason?: string;
}

/** What a grant or an approval did: `changed` is false when the register held exactly that already (nothing was recorded). */
export interface RegisterOutcome {
  readonly record: GrantRecord;
  readonly changed: boolean;
}

/**
 * The register of who may use which company account and which apps are approved
 * (`company.authorised-users`, `security.app-approval`). Each change writes its audit entry in
 * the same transaction, so a confirmed change always has its evidence. Expired grants count as
 * absent. Checking that `by` is an owner is the caller's job (`isOwner` in grants.ts).
 */
export interface GrantsRegister {
  /**
   * Grants (or renews, replacing expiry and reason) an account to a person. A grant in force with
   * the same expiry and reason is left as it is, and nothing is recorded (`changed: false`).
   */
  grantAccount(by: AuditActor, input: AccountGrantInput): Promise<RegisterOutcome>;
  /** Removes the grant; false when there was none (nothing is recorded then). */
  revokeAccount(by: AuditActor, input: { readonly subject: PersonId; readonly account: string; readonly reason?: string }): Promise<boolean>;
  /** Approves (or renews) an app, keeping its name as written; unchanged like a grant when approved already with the same terms. */
  approveApp(by: AuditActor, input: AppApprovalInput): Promise<RegisterOutcome>;
  /** Withdraws an approval and gives it back (its name as approved); undefined when the app was not approved. */
  unapproveApp(by: AuditActor, input: { readonly app: string; readonly reason?: string }): Promise<GrantRecord | undefined>;
  /** Unexpired grants and approvals, accounts then apps, sorted by name; `subject` narrows account grants to one person. */
  list(filter?: { readonly subject?: PersonId }): Promise<readonly GrantRecord[]>;
  /** Does `subject` hold an unexpired grant for `account`? */
  holdsGrant(subject: PersonId, account: string): Promise<boolean>;
  /** Does `subject` hold an unexpired grant for at least one company account (whichever)? */
  holdsAnyGrant(subject: PersonId): Promise<boolean>;
  isAppApproved(app: string): Promise<boolean>;
}

export interface Acknowledgement {
  readonly person: PersonId;
  readonly policyVersion: string;
  readonly at: string;
}

/** Who has acknowledged the current version, and who has not yet (known people: an earlier acknowledgement or a grant). */
export interface AcknowledgementStatus {
  readonly acknowledged: readonly Acknowledgement[];
  readonly pending: readonly PersonId[];
}

/**
 * Records that a person acknowledged a policy version (the walkthrough's last step). Reads take
 * a list of versions, any of which counts: versions whose clauses read the same (an edit to a
 * comment or a summary makes a new version of the file, not of the policy people acknowledged).
 */
export interface AcknowledgementStore {
  /** Idempotent per person and version; the first time also writes an `acknowledge` audit entry. Returns false when already recorded. */
  acknowledge(by: AuditActor, policyVersion: string): Promise<boolean>;
  /** Which of `policyVersions` `person` acknowledged last; undefined when none. */
  acknowledgedAmong(person: PersonId, policyVersions: readonly string[]): Promise<string | undefined>;
  /** The policy version `person` acknowledged most recently; undefined when they never acknowledged one. */
  latestAcknowledged(person: PersonId): Promise<string | undefined>;
  /** Who acknowledged any of `policyVersions` (each person once, their latest), and which known people did not. */
  status(policyVersions: readonly string[]): Promise<AcknowledgementStatus>;
}

/** Platforms redeliver (Slack retries an `event_id`); shared across instances so only one answers. */
export interface DeliveryLog {
  /** True the first time `key` is seen, false afterwards (in any instance). */
  firstDelivery(key: string): Promise<boolean>;
}

/**
 * Exactly one instance holds a named role (the Discord gateway connection). Call `tryLead`
 * every few seconds: the first `true` means start the role; a `false` after `true` means the
 * lock was lost (its connection died) and the role must stop.
 */
export interface LeadershipLock {
  /** True when this process holds (or has just taken) `name`; a dead holder's lock is freed by the database. */
  tryLead(name: string): Promise<boolean>;
  /** Lets go of `name` if held. */
  release(name: string): Promise<void>;
}

/** Everything the bot keeps. */
export interface Store {
  readonly engine: 'memory' | 'sqlite' | 'postgres';
  readonly audit: AuditLog;
  readonly grants: GrantsRegister;
  readonly acknowledgements: AcknowledgementStore;
  readonly deliveries: DeliveryLog;
  readonly leadership: LeadershipLock;
  close(): Promise<void>;
}
