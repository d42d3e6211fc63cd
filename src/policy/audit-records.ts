import { z } from 'zod';

/**
 * Who acted and what happened, as the audit trail records it: the identities and names the
 * register keys on, each audit event's schema, an entry of the hash chain and the verdicts of
 * checking it. Every detail is a typed field validated by zod, and none of them is free text
 * longer than a short owner's note, so a draft or a question can never reach the trail.
 */
/** Where a person or the bot acted. `cli` is the admin CLI; `system` is the bot itself (policy loaded). */
export const AUDIT_PLATFORMS = ['slack', 'discord', 'shell', 'cli', 'system'] as const;
export type AuditPlatform = (typeof AUDIT_PLATFORMS)[number];

/** Who acted: a platform and that platform's user id (`slack` + `U0123ABCD`). */
export interface AuditActor {
  readonly platform: AuditPlatform;
  readonly userId: string;
}

const USER_ID = /^[A-Za-z0-9._@*-]{1,64}$/;
/** A person as `platform:userId`, e.g. `slack:U0123ABCD`, `discord:81234567890123456`. */
export const personIdSchema = z
  .string()
  .regex(/^(slack|discord|shell|cli|system):[A-Za-z0-9._@*-]{1,64}$/, 'must be platform:userId, e.g. slack:U0123ABCD');
export type PersonId = string;

export const actorSchema = z.strictObject({
  platform: z.enum(AUDIT_PLATFORMS),
  userId: z.string().regex(USER_ID, 'must be a platform user id (letters, digits, . _ @ * -)'),
});

/** `slack:U0123ABCD` for an actor. */
export const personIdOf = (actor: AuditActor): PersonId => `${actor.platform}:${actor.userId}`;

/** A company account's name as the register keys it: lower-case, e.g. `instagram`, `linkedin-page`. */
export const accountNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be a short account name such as "instagram" (letters, digits, . _ -)');

/** Longest app name the register keeps: real names run to a few words ("Meta Business Suite"). */
export const MAX_APP_NAME_LENGTH = 64;
/** A letter or digit first, then letters, digits, spaces and the punctuation real app names use. */
const APP_NAME = new RegExp(`^[\\p{L}\\p{N}][\\p{L}\\p{N} .&+_'’!-]{0,${MAX_APP_NAME_LENGTH - 1}}$`, 'u');
const APP_NAME_PROBLEM = `must be an app name of at most ${MAX_APP_NAME_LENGTH} letters, digits, spaces and . & + _ - ' !, such as "Canva" or "Adobe Express"`;

/** An app or service's name as the owner wrote it, spacing tidied: `Canva`, `Adobe Express`. */
export const appDisplayNameSchema = z
  .string()
  .trim()
  .transform((name) => name.replace(/\s+/g, ' '))
  .pipe(z.string().regex(APP_NAME, APP_NAME_PROBLEM));

/** An app or service's name as the register keys it: lower-case words, e.g. `canva`, `google drive`. */
export const appNameSchema = appDisplayNameSchema.transform((name) => name.toLowerCase());

/** An owner's note on a grant: one short line, so a draft cannot be pasted in as a "reason". */
export const reasonSchema = z
  .string()
  .trim()
  .min(1)
  .max(120, 'a reason is at most 120 characters')
  .regex(/^[^\r\n]*$/, 'a reason is one line');

const isoTime = z.iso.datetime({ offset: true });
const policyVersion = z.string().regex(/^[0-9a-f]{8,64}$/, 'a policy version is a hex hash');
const refusableAction = z.enum(['grant', 'revoke', 'approve-app', 'unapprove-app', 'status', 'audit']);

/**
 * What happened, one variant per action. Strict objects: an unknown field (a `text`, a `draft`)
 * is refused, so a draft or question can never reach the audit trail.
 */
export const auditEventSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('grant'),
    subject: personIdSchema,
    account: accountNameSchema,
    expiresAt: isoTime.optional(),
    reason: reasonSchema.optional(),
  }),
  z.strictObject({ action: z.literal('revoke'), subject: personIdSchema, account: accountNameSchema, reason: reasonSchema.optional() }),
  /** `app` is the register's key; `name` the app as the owner wrote it (entries before names were kept have none). */
  z.strictObject({
    action: z.literal('approve-app'),
    app: appNameSchema,
    name: appDisplayNameSchema.optional(),
    expiresAt: isoTime.optional(),
    reason: reasonSchema.optional(),
  }),
  z.strictObject({ action: z.literal('unapprove-app'), app: appNameSchema, name: appDisplayNameSchema.optional(), reason: reasonSchema.optional() }),
  z.strictObject({ action: z.literal('acknowledge'), policyVersion }),
  /** A non-owner tried an owner's command: recorded with its stable refusal code, never its arguments. */
  z.strictObject({ action: z.literal('refused'), attempted: refusableAction, code: z.enum(['not-an-owner']) }),
  /** A policy version started running; `clauses` are its clause fingerprints (`id@hash`), to show people what changed. */
  z.strictObject({
    action: z.literal('policy-loaded'),
    policyVersion,
    clauses: z.array(z.string().regex(/^[a-z0-9.-]+@[0-9a-f]{12}$/, 'a clause fingerprint is id@hash')).max(2000).optional(),
    /** A hash of the rest of what people read before they acknowledge (see clause-changes.ts); entries before it was kept have none. */
    reading: z.string().regex(/^[0-9a-f]{16}$/, 'a reading fingerprint is 16 hex digits').optional(),
  }),
]);
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditAction = AuditEvent['action'];

/** One entry of the append-only, hash-chained audit trail. */
export interface AuditEntry {
  /** Position in the chain, from 1. */
  readonly seq: number;
  readonly id: string;
  /** ISO 8601 UTC time. */
  readonly at: string;
  /** `platform:userId` of who acted. */
  readonly actor: PersonId;
  readonly platform: AuditPlatform;
  readonly event: AuditEvent;
  /** Hash of the previous entry (64 zeros for the first). */
  readonly prevHash: string;
  /** SHA-256 over `prevHash` and this entry's canonical JSON (see audit-chain.ts). */
  readonly hash: string;
}

/**
 * What is wrong with the first entry that does not verify: `edited` (its content or link was
 * changed), `deleted` (entries before it are gone), `reordered` (it links to an entry still there,
 * but elsewhere), `renumbered` (the entries and their links are intact; only its position number
 * was changed, which the hash does not cover).
 */
export type ChainProblem = 'edited' | 'deleted' | 'reordered' | 'renumbered';

/** The outcome of checking the whole chain. */
export type ChainVerdict =
  | { readonly ok: true; readonly count: number }
  | {
      readonly ok: false;
      readonly count: number;
      /** The first entry that does not verify (its seq), and what is wrong with it. */
      readonly seq: number;
      readonly id: string;
      readonly problem: ChainProblem;
    };

/**
 * The chain's head: how many entries it has and the last one's hash (GENESIS_HASH when empty).
 * Kept outside the database, it shows a trail cut short at its end, which leaves no trace inside.
 */
export interface TrailHead {
  readonly count: number;
  readonly hash: string;
}

/** A recorded head compared with the trail: `shorter` (entries after `count` are gone), `rewritten` (entry `count` is another entry now). */
export type HeadProblem = { readonly problem: 'shorter'; readonly expected: TrailHead } | { readonly problem: 'rewritten'; readonly expected: TrailHead };
