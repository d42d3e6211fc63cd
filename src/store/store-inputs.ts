import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { UserError } from '../policy/errors.ts';
import { type AccountGrantInput, type AppApprovalInput, type Clock, type GrantRecord, type IdGenerator } from '../policy/ports.ts';
import { accountNameSchema, actorSchema, appDisplayNameSchema, appNameSchema, auditEventSchema, personIdSchema, reasonSchema, type AuditActor, type AuditEvent } from '../policy/audit-records.ts';

/** Inputs every store engine validates the same way before touching its tables. */

const expiry = z.iso.datetime({ offset: true, error: 'an expiry must be an ISO date-time such as 2027-01-31T00:00:00Z' });

const accountGrant = z.strictObject({
  subject: personIdSchema,
  account: accountNameSchema,
  expiresAt: expiry.optional(),
  reason: reasonSchema.optional(),
});
const accountRevoke = accountGrant.pick({ subject: true, account: true, reason: true });
const appApproval = z.strictObject({ app: appDisplayNameSchema, expiresAt: expiry.optional(), reason: reasonSchema.optional() });
const appRevoke = z.strictObject({ app: appNameSchema, reason: reasonSchema.optional() });

/** Parses with zod; a problem becomes a `UserError('invalid-argument')` the person can read. */
const parseOrRefuse = <T>(schema: z.ZodType<T>, value: unknown): T => {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new UserError('invalid-argument', result.error.issues.map((issue) => issue.message).join('; '));
};

export const parseActor = (actor: AuditActor): AuditActor => parseOrRefuse(actorSchema, actor);
export const parseEvent = (event: AuditEvent): AuditEvent => parseOrRefuse(auditEventSchema, event);
export const parseAccountGrant = (input: AccountGrantInput) => parseOrRefuse(accountGrant, input);
export const parseAccountRevoke = (input: { subject: string; account: string; reason?: string }) => parseOrRefuse(accountRevoke, input);
/** An approval's input: `app` becomes the register's key (lower-case), `name` keeps it as the owner wrote it. */
export const parseAppApproval = (input: AppApprovalInput) => {
  const parsed = parseOrRefuse(appApproval, input);
  return { ...parsed, app: parsed.app.toLowerCase(), name: parsed.app };
};
export const parseAppRevoke = (input: { app: string; reason?: string }) => parseOrRefuse(appRevoke, input);
export const parseAccountName = (name: string): string => parseOrRefuse(accountNameSchema, name);
export const parseAppName = (name: string): string => parseOrRefuse(appNameSchema, name);
export const parsePersonId = (person: string): string => parseOrRefuse(personIdSchema, person);

/** A policy version as the audit trail records it (a hex hash): only such a value can name a recorded version. */
export const isPolicyVersion = (value: string): boolean => /^[0-9a-f]{8,64}$/.test(value);

/** Normalises an ISO time to the one form stored (UTC, milliseconds), so text order is time order. */
export const toStoredTime = (iso: string): string => new Date(iso).toISOString();

/** A delivery key (Slack `event_id`, `trigger_id`): short and printable. */
export const parseDeliveryKey = (key: string): string =>
  parseOrRefuse(z.string().regex(/^[\x21-\x7e]{1,200}$/, 'a delivery key is 1–200 printable characters'), key);

/** Same expiry and reason: a grant or approval asked for again on these terms changes nothing. */
export const sameTerms = (held: { readonly expiresAt: string | null; readonly reason: string | null }, asked: { readonly expiresAt: string | null; readonly reason: string | null }): boolean =>
  held.expiresAt === asked.expiresAt && held.reason === asked.reason;

/**
 * An approval asked for again names the app as the register holds it: with its name, however
 * capitalised this time, or, for an approval from before names were kept (no name), as its
 * lower-case key. "Canva" asked for again over such an approval records the name the owner writes.
 */
export const namesAppAsHeld = (heldName: string | null | undefined, asked: { readonly app: string; readonly name: string }): boolean =>
  (heldName ?? null) !== null || asked.name === asked.app;

/** Code-point order, the same on every engine (no locale collation). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The register's order: account grants by account then person, then apps by name. */
export const compareGrants = (a: GrantRecord, b: GrantRecord): number => {
  if (a.kind !== b.kind) return a.kind === 'account' ? -1 : 1;
  if (a.kind === 'account' && b.kind === 'account') return compareText(a.account, b.account) || compareText(a.subject, b.subject);
  // Apps keep their names as written; the order is the register's key's, which ignores case.
  return a.kind === 'app' && b.kind === 'app' ? compareText(a.app.toLowerCase(), b.app.toLowerCase()) : 0;
};

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** Random UUIDs. */
export const randomIds: IdGenerator = { next: () => randomUUID() };

/** Options every engine accepts. */
export interface StoreOptions {
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
}
