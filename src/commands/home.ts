import { AUTHORISED_USERS_CLAUSE } from '../policy/account-authorisation.ts';
import { APP_APPROVAL_CLAUSE } from '../policy/app-approval.ts';
import { clauseNote } from './present/cite-present.ts';
import { isOwner } from '../policy/grants.ts';
import { personIdOf } from '../policy/audit-records.ts';
import { acknowledgementStanding, versionsOfSameWording } from './acknowledgement-standing.ts';
import { presentChanges } from './changes-since-acknowledged.ts';
import type { CommandContext } from './command-context.ts';
import { presentHealth } from './present/health-blocks.ts';
import { makeReply } from './present/make-reply.ts';
import { showPerson } from './present/person.ts';
import type { Actor, Reply, ReplyBlock } from './request.ts';
import { auditActorOf } from './require-owner.ts';
import { describeReview } from './status.ts';

const acknowledgedNow = (acknowledged: string, current: string): string =>
  acknowledged === current ? `Done for the current version (${current}).` : `Done: you acknowledged version ${acknowledged}, which asked the same as the current one (${current}).`;

/**
 * A person's own page (Slack App Home): whether they have acknowledged the current policy, which
 * company accounts they may post on; for owners also the team's acknowledgements and the register.
 */
export const presentHome = async (actor: Actor, context: CommandContext): Promise<Reply> => {
  const { policy, store } = context;
  const person = personIdOf(auditActorOf(actor));
  const versions = await versionsOfSameWording(context);
  const [{ acknowledged, since: changes }, own] = await Promise.all([acknowledgementStanding(person, context, { versions }), store.grants.list({ subject: person })]);
  const accounts = own.flatMap((grant) => (grant.kind === 'account' ? [grant.account] : []));
  const blocks: ReplyBlock[] = [
    { type: 'heading', text: `${policy.document.organisation.name} ${policy.document.title.toLowerCase()}` },
    {
      type: 'fields',
      fields: [
        { label: 'Your acknowledgement', value: acknowledged === undefined ? 'Not yet: run `walkthrough` to read the basic advice and acknowledge it.' : acknowledgedNow(acknowledged, policy.version) },
        { label: 'Company accounts you may post on', value: accounts.length > 0 ? accounts.join(', ') : `None${clauseNote(policy, [AUTHORISED_USERS_CLAUSE])}; ask ${policy.document.owner.name} if you need one.` },
      ],
    },
  ];
  if (changes) blocks.push(presentChanges(changes));
  if (isOwner(context.owners, actor)) {
    const [status, register] = await Promise.all([store.acknowledgements.status(versions), store.grants.list()]);
    const grants = register.flatMap((grant) => (grant.kind === 'account' ? [`${grant.account}: ${showPerson(grant.subject, actor)}`] : []));
    const apps = register.flatMap((grant) => (grant.kind === 'app' ? [grant.app] : []));
    blocks.push(
      { type: 'heading', text: 'The team (you are a policy owner)' },
      {
        type: 'fields',
        fields: [
          { label: 'Acknowledged', value: String(status.acknowledged.length) },
          { label: 'Not yet', value: status.pending.length === 0 ? 'nobody' : status.pending.map((pending) => showPerson(pending, actor)).join(', ') },
          { label: 'Account grants', value: grants.length > 0 ? grants.join('; ') : 'none' },
          { label: `Approved apps${clauseNote(policy, [APP_APPROVAL_CLAUSE])}`, value: apps.length > 0 ? apps.join(', ') : 'none' },
        ],
      },
      { type: 'text', text: describeReview(policy.document.dates.nextReview, context.clock.now()) },
      ...presentHealth(policy, context.clock.now()),
    );
  }
  blocks.push({ type: 'context', text: 'Type `/policy help` for the commands, or send me a question.' });
  return makeReply(blocks);
};
