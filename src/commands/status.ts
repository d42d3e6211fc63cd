import { versionsOfSameWording } from './acknowledgement-standing.ts';
import { clauseNote, presentClauses } from './present/cite-present.ts';
import type { CommandContext, Handled } from './command-context.ts';
import { presentHealth } from './present/health-blocks.ts';
import { makeReply } from './present/make-reply.ts';
import { showPerson } from './present/person.ts';
import type { Actor } from './request.ts';
import { requireOwner } from './require-owner.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Where a policy keeps its owner and review date, when it has such a clause. */
const KEY_DETAILS = 'key-details';
const MAX_LISTED = 30;

const listPeople = (people: readonly string[], actor: Actor): string => {
  if (people.length === 0) return 'nobody';
  const shown = people.slice(0, MAX_LISTED).map((person) => showPerson(person, actor));
  return people.length > MAX_LISTED ? `${shown.join(', ')} and ${people.length - MAX_LISTED} more` : shown.join(', ');
};

/** When the policy is next due for review, and whether that date has passed. */
export const describeReview = (nextReview: string, now: Date): string => {
  const overdueDays = Math.floor((now.getTime() - Date.parse(`${nextReview}T00:00:00Z`)) / DAY_MS);
  return overdueDays > 0 ? `Next review was due on ${nextReview}: ${overdueDays} days overdue.` : `Next review is due on ${nextReview}.`;
};

/** `status` (owners): who has and has not acknowledged the current version; the review date. */
export const handleStatus = async (actor: Actor, context: CommandContext): Promise<Handled> => {
  await requireOwner(actor, context, 'status');
  const { version, document } = context.policy;
  const status = await context.store.acknowledgements.status(await versionsOfSameWording(context));
  return {
    reply: makeReply([
      { type: 'heading', text: `Policy status (version ${version})` },
      {
        type: 'fields',
        fields: [
          { label: `Acknowledged (${status.acknowledged.length})`, value: listPeople(status.acknowledged.map((ack) => ack.person), actor) },
          { label: `Not yet (${status.pending.length})`, value: listPeople(status.pending, actor) },
        ],
      },
      { type: 'text', text: describeReview(document.dates.nextReview, context.clock.now()) },
      ...presentHealth(context.policy, context.clock.now()),
      { type: 'context', text: `People acknowledge with \`walkthrough\`; an acknowledgement of an earlier version that asked the same (same clauses, sections and walkthrough) still counts. "Not yet" lists people who acknowledged something else or hold a grant.${clauseNote(context.policy, [KEY_DETAILS])}` },
    ]),
    clauses: presentClauses(context.policy, [KEY_DETAILS]),
  };
};
