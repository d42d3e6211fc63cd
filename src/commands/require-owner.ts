import { UserError } from '../policy/errors.ts';
import { isOwner } from '../policy/grants.ts';
import type { AuditActor } from '../policy/audit-records.ts';
import type { CommandContext } from './command-context.ts';
import type { Actor } from './request.ts';

/** The owner-only actions, as the audit trail names them. */
export type OwnerAction = 'grant' | 'revoke' | 'approve-app' | 'unapprove-app' | 'status' | 'audit';

/** The audit's view of a person: platform and id only (the audit schema refuses anything else). */
export const auditActorOf = (actor: Actor): AuditActor => ({ platform: actor.platform, userId: actor.userId });

/**
 * Lets owners through. Anyone else is refused with a message naming who can help, and the attempt
 * is recorded in the audit trail (the action only, never its arguments).
 */
export const requireOwner = async (actor: Actor, context: CommandContext, attempted: OwnerAction): Promise<void> => {
  if (isOwner(context.owners, actor)) return;
  await context.store.audit.append(auditActorOf(actor), { action: 'refused', attempted, code: 'not-an-owner' });
  throw new UserError(
    'not-an-owner',
    `Only policy owners can do that. Ask ${context.policy.document.owner.name} if you need a change; \`grants\` shows who may post where.`,
  );
};
