import type { AuditEntry, AuditEvent } from '../policy/audit-records.ts';
import type { CommandContext, Handled } from './command-context.ts';
import { makeReply } from './present/make-reply.ts';
import type { Actor } from './request.ts';
import { requireOwner } from './require-owner.ts';

/** One audit event in words. */
export const describeEvent = (event: AuditEvent): string => {
  switch (event.action) {
    case 'grant':
      return `granted ${event.account} to ${event.subject}${event.expiresAt ? ` until ${event.expiresAt}` : ''}`;
    case 'revoke':
      return `revoked ${event.account} from ${event.subject}`;
    case 'approve-app':
      return `approved app ${event.name ?? event.app}${event.expiresAt ? ` until ${event.expiresAt}` : ''}`;
    case 'unapprove-app':
      return `withdrew approval of app ${event.name ?? event.app}`;
    case 'acknowledge':
      return `acknowledged policy version ${event.policyVersion}`;
    case 'refused':
      return `was refused "${event.attempted}" (${event.code})`;
    case 'policy-loaded':
      return `loaded policy version ${event.policyVersion}`;
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
};

const line = (entry: AuditEntry): string => `#${entry.seq} ${entry.at.slice(0, 19).replace('T', ' ')} UTC ${entry.actor} ${describeEvent(entry.event)}`;

/** `audit [n]` (owners): the last n entries of the hash-chained audit trail, newest last. */
export const handleAudit = async (limit: number, actor: Actor, context: CommandContext): Promise<Handled> => {
  await requireOwner(actor, context, 'audit');
  const entries = await context.store.audit.last(limit);
  return {
    reply: makeReply([
      { type: 'heading', text: `Audit trail: the last ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}` },
      { type: 'text', text: entries.length === 0 ? 'The audit trail is empty.' : entries.map(line).join('\n') },
      { type: 'context', text: 'Verify the whole chain with `npm run --silent cli -- audit verify`.' },
    ]),
  };
};
