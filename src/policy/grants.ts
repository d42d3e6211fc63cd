import type { AuditActor, GrantRecord } from './ports.ts';

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
    if (match) owners.push({ platform: match[1]!, userId: match[2]! });
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
