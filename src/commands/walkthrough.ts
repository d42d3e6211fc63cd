import { z } from 'zod';
import { UserError } from '../policy/errors.ts';
import { personIdOf } from '../policy/audit-records.ts';
import { buildWalkthrough, walkthroughStep, type Walkthrough } from '../policy/walkthrough.ts';
import { acknowledgementStanding, versionsOfSameWording } from './acknowledgement-standing.ts';
import { presentChanges } from './changes-since-acknowledged.ts';
import type { CommandContext, Handled } from './command-context.ts';
import { makeReply } from './present/make-reply.ts';
import { presentAcknowledged, presentAlreadyAcknowledged, presentNoWalkthrough, presentWalkthroughStep, WALKTHROUGH_ACTIONS } from './present/walkthrough-reply.ts';
import type { Actor } from './request.ts';
import { auditActorOf } from './require-owner.ts';

const walkthroughs = new WeakMap<object, Walkthrough>();
const walkthroughOf = (context: CommandContext): Walkthrough => {
  let walkthrough = walkthroughs.get(context.policy);
  if (!walkthrough) {
    walkthrough = buildWalkthrough(context.policy);
    walkthroughs.set(context.policy, walkthrough);
  }
  return walkthrough;
};

const showStep = async (index: number, actor: Actor, context: CommandContext): Promise<Handled> => {
  const walkthrough = walkthroughOf(context);
  const step = walkthroughStep(walkthrough, index);
  if (!step) return { reply: presentNoWalkthrough() };
  // Only the first step (where the person stands) and the last (whether to offer the button) need to know.
  if (step.index !== 0 && !step.isLast) return { reply: presentWalkthroughStep(walkthrough, step), clauses: [step.clauseId] };
  const standing = await acknowledgementStanding(personIdOf(auditActorOf(actor)), context, { changes: step.index === 0 });
  const reply = presentWalkthroughStep(walkthrough, step, step.isLast ? standing.acknowledged : undefined);
  if (step.index !== 0) return { reply, clauses: [step.clauseId] };
  // Starting again: say where the person stands, so a re-read is not taken for a missing acknowledgement.
  const note = standing.since
    ? presentChanges(standing.since)
    : standing.acknowledged !== undefined
      ? presentAlreadyAcknowledged(standing.acknowledged, walkthrough.policyVersion)
      : undefined;
  return { reply: note ? makeReply([note, ...reply.blocks], reply.visibility) : reply, clauses: [step.clauseId] };
};

/** `walkthrough`: the first step. */
export const handleWalkthrough = (actor: Actor, context: CommandContext): Promise<Handled> => showStep(0, actor, context);

const stepValue = z.string().regex(/^\d{1,4}$/).transform(Number);
const expired = () => new UserError('invalid-argument', 'That button has expired. Type `walkthrough` to start again.');

/** A walkthrough button: Back/Next show a step; the last step's button records the acknowledgement. */
export const handleWalkthroughButton = async (actionId: string, value: string, actor: Actor, context: CommandContext): Promise<Handled> => {
  if (actionId === WALKTHROUGH_ACTIONS.back || actionId === WALKTHROUGH_ACTIONS.next) {
    const index = stepValue.safeParse(value);
    if (!index.success) throw expired();
    return showStep(index.data, actor, context);
  }
  if (actionId === WALKTHROUGH_ACTIONS.acknowledge) {
    const { policyVersion } = walkthroughOf(context);
    // The policy changed since the walkthrough began: acknowledging an old version would mislead,
    // unless the new one asks the same (a comment edited, or the page served by another instance).
    if (value !== policyVersion && !(await versionsOfSameWording(context)).includes(value)) {
      throw new UserError('invalid-argument', 'The policy has changed since you started. Type `walkthrough` to read the current version.');
    }
    const firstTime = await context.store.acknowledgements.acknowledge(auditActorOf(actor), policyVersion);
    return { reply: presentAcknowledged(policyVersion, firstTime, context.clock.now()) };
  }
  throw expired();
};
