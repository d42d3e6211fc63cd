import type { Walkthrough, WalkthroughStep } from '../../policy/walkthrough.ts';
import type { Reply, ReplyBlock, ReplyButton } from '../request.ts';
import { makeReply } from './make-reply.ts';

/** Button action ids of the walkthrough; a button's value is the step to show, or the policy version acknowledged. */
export const WALKTHROUGH_ACTIONS = {
  back: 'walkthrough.back',
  next: 'walkthrough.next',
  acknowledge: 'walkthrough.acknowledge',
} as const;

/** "You have already acknowledged …", naming the version acknowledged when it was an earlier one that asked the same. */
export const describeAcknowledged = (acknowledged: string, current: string): string =>
  acknowledged === current
    ? `You have already acknowledged this version of the policy (${current}).`
    : `You acknowledged version ${acknowledged}, which asked you to agree to the same as this one (${current}).`;

const buttonsFor = (walkthrough: Walkthrough, step: WalkthroughStep, acknowledged: boolean): ReplyButton[] => {
  const buttons: ReplyButton[] = [];
  if (step.index > 0) buttons.push({ actionId: WALKTHROUGH_ACTIONS.back, label: 'Back', value: String(step.index - 1) });
  if (!step.isLast) buttons.push({ actionId: WALKTHROUGH_ACTIONS.next, label: 'Next', value: String(step.index + 1), style: 'primary' });
  else if (!acknowledged) {
    buttons.push({ actionId: WALKTHROUGH_ACTIONS.acknowledge, label: 'I have read and understood it', value: walkthrough.policyVersion, style: 'primary' });
  }
  return buttons;
};

/**
 * One step of the walkthrough: the policy's words, what they mean, an example, and the way on.
 * `acknowledged`: the version the person acknowledged that counts for this one, if any.
 */
export const presentWalkthroughStep = (walkthrough: Walkthrough, step: WalkthroughStep, acknowledged?: string): Reply => {
  const blocks: ReplyBlock[] = [{ type: 'heading', text: `Step ${step.index + 1} of ${step.total}: ${step.heading}` }];
  if (step.index === 0 && walkthrough.intro) blocks.push({ type: 'text', text: walkthrough.intro });
  blocks.push({ type: 'quote', text: step.text, source: step.clauseId });
  blocks.push({ type: 'text', text: step.explanation });
  if (step.example) blocks.push({ type: 'text', text: `For example: ${step.example}` });
  if (step.isLast) {
    blocks.push({
      type: 'text',
      text: acknowledged
        ? `That is the whole of the basic advice. ${describeAcknowledged(acknowledged, walkthrough.policyVersion)}`
        : 'That is the whole of the basic advice. Please confirm that you have read and understood it.',
    });
  }
  const buttons = buttonsFor(walkthrough, step, acknowledged !== undefined);
  if (buttons.length > 0) blocks.push({ type: 'actions', buttons });
  return makeReply(blocks);
};

/** The answer to the acknowledgement button. */
export const presentAcknowledged = (policyVersion: string, firstTime: boolean, at: Date): Reply =>
  makeReply([
    {
      type: 'text',
      text: firstTime
        ? `Thank you. Recorded on ${at.toISOString().slice(0, 10)} that you have read and understood the policy (version ${policyVersion}).`
        : `You had already acknowledged this version of the policy (${policyVersion}); nothing more to do.`,
    },
  ]);

/** Opening the walkthrough again after acknowledging the current version (or one that asked the same). */
export const presentAlreadyAcknowledged = (acknowledged: string, current: string): ReplyBlock => ({
  type: 'text',
  text: `${describeAcknowledged(acknowledged, current)} Read it again whenever you like; there is nothing more to do.`,
});

/** A policy without walkthrough steps. */
export const presentNoWalkthrough = (): Reply => makeReply([{ type: 'text', text: 'This policy has no walkthrough. Try `explain` to see its topics.' }]);
