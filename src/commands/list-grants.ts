import { AUTHORISED_USERS_CLAUSE } from '../policy/account-authorisation.ts';
import { APP_APPROVAL_CLAUSE } from '../policy/app-approval.ts';
import { presentClauses } from './present/cite-present.ts';
import type { CommandContext, Handled } from './command-context.ts';
import { makeReply } from './present/make-reply.ts';
import { showPerson } from './present/person.ts';
import type { Actor, ReplyBlock } from './request.ts';

/** `grants [@user]`: who may post on which company account, and which apps are approved. Open to anyone. */
export const handleListGrants = async (user: string | undefined, actor: Actor, context: CommandContext): Promise<Handled> => {
  const subject = user === undefined ? undefined : `${actor.platform}:${user}`;
  const records = await context.store.grants.list(subject === undefined ? undefined : { subject });
  const byAccount = new Map<string, string[]>();
  const apps: string[] = [];
  for (const record of records) {
    if (record.kind === 'account') byAccount.set(record.account, [...(byAccount.get(record.account) ?? []), showPerson(record.subject, actor)]);
    else apps.push(record.app);
  }
  const blocks: ReplyBlock[] = [{ type: 'heading', text: subject ? `Grants for ${showPerson(subject, actor)}` : 'Company accounts and approved apps' }];
  blocks.push(
    byAccount.size === 0
      ? { type: 'text', text: subject ? 'No company account grants.' : 'Nobody holds a company account grant yet.' }
      : { type: 'fields', fields: [...byAccount].map(([account, people]) => ({ label: account, value: people.join(', ') })) },
  );
  if (!subject) blocks.push({ type: 'text', text: apps.length === 0 ? 'No apps are approved yet.' : `Approved apps: ${apps.join(', ')}.` });
  const clauses = presentClauses(context.policy, [AUTHORISED_USERS_CLAUSE, APP_APPROVAL_CLAUSE]);
  blocks.push({ type: 'context', text: `Granted by the policy owners (${context.policy.document.owner.name})${clauses.length > 0 ? `: ${clauses.join(', ')}` : ''}.` });
  return { reply: makeReply(blocks), clauses };
};
