import { withAccountAuthorisation } from '../policy/account-authorisation.ts';
import { findAppMentions, withAppApproval } from '../policy/app-approval.ts';
import { isOwner } from '../policy/grants.ts';
import { personIdOf } from '../policy/ports.ts';
import type { Account } from '../policy/types.ts';
import type { CommandContext, Handled } from './command-context.ts';
import { presentCheck } from './present/check-reply.ts';
import { approvedApps } from './register-facts.ts';
import type { Actor } from './request.ts';

/** Does the register hold any company account grant for this person? Only asked for company drafts. */
const holdsAnyGrant = async (actor: Actor, context: CommandContext): Promise<boolean> => {
  const grants = await context.store.grants.list({ subject: personIdOf(actor) });
  return grants.some((grant) => grant.kind === 'account');
};

/** `check [--account …] <draft>` and the "Check against policy" message action. */
export const handleCheck = async (draft: string, account: Account | undefined, actor: Actor, context: CommandContext): Promise<Handled> => {
  const checked = context.checker.check({ text: draft, ...(account ? { account } : {}) });
  const owner = isOwner(context.owners, actor);
  const authorised =
    account === 'company'
      ? withAccountAuthorisation(context.policy, checked, { account, isOwner: owner, holdsGrant: owner || (await holdsAnyGrant(actor, context)) })
      : checked;
  // Apps matter only for company accounts (or when the account is not said); the register is asked only when one is named.
  const mentions = account === 'personal' ? [] : findAppMentions(context.policy, draft);
  const result = mentions.length > 0 ? withAppApproval(context.policy, authorised, mentions, approvedApps(await context.store.grants.list())) : authorised;
  return {
    reply: presentCheck(draft, result, account),
    verdict: result.verdict,
    clauses: [...new Set(result.findings.map((finding) => finding.clause))],
  };
};
