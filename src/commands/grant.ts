import { AUTHORISED_USERS_CLAUSE } from '../policy/account-authorisation.ts';
import { APP_APPROVAL_CLAUSE } from '../policy/app-approval.ts';
import { UserError } from '../policy/errors.ts';
import type { ParsedPolicy } from '../policy/policy-document.ts';
import { appDisplayNameSchema, MAX_APP_NAME_LENGTH, reasonSchema } from '../policy/audit-records.ts';
import type { Command } from './parse-command.ts';
import { clauseNote, presentClauses } from './present/cite-present.ts';
import type { CommandContext, Handled } from './command-context.ts';
import { resolveCompanyAccount } from './company-account.ts';
import { makeReply } from './present/make-reply.ts';
import { showPerson } from './present/person.ts';
import type { Actor } from './request.ts';
import { auditActorOf, requireOwner } from './require-owner.ts';

const AUTHORISED_USERS = AUTHORISED_USERS_CLAUSE;
const APP_APPROVAL = APP_APPROVAL_CLAUSE;

type RegisterChange = Extract<Command, { name: 'grant' | 'revoke' | 'approve' | 'unapprove' }>;

const done = (policy: ParsedPolicy, text: string, clause: string): Handled => ({
  reply: makeReply([
    { type: 'text', text },
    { type: 'context', text: `Recorded in the audit trail${clauseNote(policy, [clause])}.` },
  ]),
  clauses: presentClauses(policy, [clause]),
});

const unchanged = (policy: ParsedPolicy, text: string, clause: string): Handled => ({
  reply: makeReply([{ type: 'text', text: `${text} Nothing changed${clauseNote(policy, [clause])}.` }]),
  clauses: presentClauses(policy, [clause]),
});

/** The optional end date (the whole last day, UTC) and reason, checked before anything is recorded. */
const terms = (command: RegisterChange, context: CommandContext): { expiresAt?: string; reason?: string } => {
  const expiresAt = command.until === undefined ? undefined : `${command.until}T23:59:59.999Z`;
  if (expiresAt !== undefined && Date.parse(expiresAt) <= context.clock.now().getTime()) {
    throw new UserError('invalid-argument', `${command.until} has passed; give a date still to come, or leave \`--until\` out.`);
  }
  if (command.reason !== undefined) {
    const reason = reasonSchema.safeParse(command.reason);
    if (!reason.success) throw new UserError('invalid-argument', `Keep the reason to one line of at most 120 characters.`);
  }
  return { ...(expiresAt === undefined ? {} : { expiresAt }), ...(command.reason === undefined ? {} : { reason: command.reason.trim() }) };
};

/** The app as the owner wrote it (spacing tidied), or a refusal saying what a name may be. */
const appName = (command: Extract<RegisterChange, { name: 'approve' | 'unapprove' }>): string => {
  const name = appDisplayNameSchema.safeParse(command.app);
  if (name.success) return name.data;
  throw new UserError(
    'invalid-argument',
    `An app's name is at most ${MAX_APP_NAME_LENGTH} characters: letters, digits, spaces and . & + _ - ' !, e.g. \`${command.name} app Adobe Express\`.`,
  );
};

const untilText = (command: RegisterChange): string => (command.until === undefined ? '' : ` until the end of ${command.until}`);

/** `grant`, `revoke`, `approve app`, `unapprove app`: owners change the register; each change is audited by the store. */
export const handleRegisterChange = async (command: RegisterChange, actor: Actor, context: CommandContext): Promise<Handled> => {
  const by = auditActorOf(actor);
  const { grants } = context.store;
  switch (command.name) {
    case 'grant': {
      await requireOwner(actor, context, 'grant');
      const account = resolveCompanyAccount(context.policy, command.account);
      const subject = `${actor.platform}:${command.user}`;
      const { changed } = await grants.grantAccount(by, { subject, account, ...terms(command, context) });
      const who = showPerson(subject, actor);
      return changed
        ? done(context.policy, `${who} may now post on the company's ${account} account${untilText(command)}.`, AUTHORISED_USERS)
        : unchanged(context.policy, `${who} may already post on the company's ${account} account${untilText(command)}, on these terms.`, AUTHORISED_USERS);
    }
    case 'revoke': {
      await requireOwner(actor, context, 'revoke');
      const account = resolveCompanyAccount(context.policy, command.account);
      const subject = `${actor.platform}:${command.user}`;
      return (await grants.revokeAccount(by, { subject, account, ...terms(command, context) }))
        ? done(context.policy, `${showPerson(subject, actor)} may no longer post on the company's ${account} account.`, AUTHORISED_USERS)
        : unchanged(context.policy, `${showPerson(subject, actor)} held no grant for ${account}.`, AUTHORISED_USERS);
    }
    case 'approve': {
      await requireOwner(actor, context, 'approve-app');
      const { record, changed } = await grants.approveApp(by, { app: appName(command), ...terms(command, context) });
      // The name as the register holds it: as written when it was approved, so every reply spells it alike.
      const app = record.kind === 'app' ? record.app : appName(command);
      return changed
        ? done(context.policy, `${app} is now approved for use with the company's accounts${untilText(command)}.`, APP_APPROVAL)
        : unchanged(context.policy, `${app} is already approved for use with the company's accounts${untilText(command)}, on these terms.`, APP_APPROVAL);
    }
    case 'unapprove': {
      await requireOwner(actor, context, 'unapprove-app');
      const name = appName(command);
      const withdrawn = await grants.unapproveApp(by, { app: name, ...terms(command, context) });
      return withdrawn?.kind === 'app'
        ? done(context.policy, `${withdrawn.app} is no longer approved for use with the company's accounts.`, APP_APPROVAL)
        : unchanged(context.policy, `${name} was not approved.`, APP_APPROVAL);
    }
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
};
