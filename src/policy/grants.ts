import type { GrantRecord } from './ports.ts';
import type { AuditActor } from './audit-records.ts';

/**
 * Who may change the register and see reports. `POLICY_OWNERS` is a comma-separated list of
 * `platform:userId` entries (`slack:U0123ABCD`, `discord:81234567890123456`); `platform:*`
 * makes everyone on that platform an owner (`shell:*`: whoever sits at the terminal).
 */
export interface OwnerRule {
  readonly platform: string;
  /** A user id, or `*` for anyone on that platform. */
  readonly userId: string;
}

export type OwnersOutcome = { readonly ok: true; readonly owners: readonly OwnerRule[] } | { readonly ok: false; readonly problems: readonly string[] };

const OWNER_ENTRY = /^(slack|discord|shell|cli):([A-Za-z0-9._@-]{1,64}|\*)$/;

/**
 * What a platform's user ids look like: a name ("slack:@ann", "discord:annsmith") would never
 * match anyone, and the owner would find out only when their commands were refused.
 */
const USER_ID_SHAPES: Readonly<Record<string, { readonly pattern: RegExp; readonly problem: string }>> = {
  slack: { pattern: /^[UW][A-Z0-9]+$/, problem: "a Slack member id looks like U0123ABCD (the person's profile → ⋮ → Copy member ID), not a name" },
  discord: { pattern: /^\d{1,20}$/, problem: 'a Discord user id is a number like 81234567890123456 (Developer Mode → right-click the person → Copy User ID), not a name' },
};

/** Parses `POLICY_OWNERS`; each bad entry is one problem naming it. */
export const parseOwners = (value: string): OwnersOutcome => {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const owners: OwnerRule[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    const match = OWNER_ENTRY.exec(entry);
    const idShape = match ? USER_ID_SHAPES[match[1]!] : undefined;
    if (match && idShape && match[2] !== '*' && !idShape.pattern.test(match[2]!)) problems.push(`"${entry}": ${idShape.problem}`);
    else if (match) owners.push({ platform: match[1]!, userId: match[2]! });
    else problems.push(`"${entry}" is not platform:userId (e.g. slack:U0123ABCD, discord:81234567890123456, shell:*)`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, owners };
};

/** Is this person an owner? */
export const isOwner = (owners: readonly OwnerRule[], actor: AuditActor): boolean =>
  owners.some((owner) => owner.platform === actor.platform && (owner.userId === '*' || owner.userId === actor.userId));

/** Is a grant in force at `now`? (No expiry: yes until revoked.) */
export const isInForce = (grant: Pick<GrantRecord, 'expiresAt'>, now: Date): boolean =>
  grant.expiresAt === undefined || Date.parse(grant.expiresAt) > now.getTime();
