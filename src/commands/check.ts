import { withAccountAuthorisation } from '../policy/account-authorisation.ts';
import { findAppMentions, withAppApproval } from '../policy/app-approval.ts';
import { UserError } from '../policy/errors.ts';
import { isOwner } from '../policy/grants.ts';
import { personIdOf } from '../policy/audit-records.ts';
import type { Account } from '../policy/types.ts';
import type { CommandContext, Handled } from './command-context.ts';
import { presentCheck } from './present/check-reply.ts';
import { approvedApps } from './register-facts.ts';
import type { Actor } from './request.ts';

/** `check [--account …] <draft>` and the "Check against policy" message action. */
export const handleCheck = async (draft: string, account: Account | undefined, actor: Actor, context: CommandContext): Promise<Handled> => {
  // An image-only message checked by shortcut or context menu has no text: "OK" would mislead.
  if (draft.trim() === '') throw new UserError('draft-empty', 'That message has no text to check.');
  const checked = context.checker.check({ text: draft, ...(account ? { account } : {}) });
  const owner = isOwner(context.owners, actor);
  // Any company account grant authorises (the draft does not say which account); asked only for company drafts.
  const holdsGrant = account === 'company' && (owner || (await context.store.grants.holdsAnyGrant(personIdOf(actor))));
  const authorised = account === 'company' ? withAccountAuthorisation(context.policy, checked, { account, isOwner: owner, holdsGrant }) : checked;
  // Apps matter only for company accounts (or when the account is not said); the register is asked only when one is named.
  const mentions = account === 'personal' ? [] : findAppMentions(context.policy, draft);
  const result = mentions.length > 0 ? withAppApproval(context.policy, authorised, mentions, approvedApps(await context.store.grants.list())) : authorised;
  return {
    reply: presentCheck(draft, result, account),
    verdict: result.verdict,
    clauses: [...new Set(result.findings.map((finding) => finding.clause))],
  };
};
