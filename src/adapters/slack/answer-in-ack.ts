import type { Reply } from '../../commands/request.ts';
import { render, type SlackMessage } from './render.ts';

/**
 * A slash command may be answered in the body of its acknowledgement: Slack shows that body as
 * the command's reply (`response_type` says who sees it). When the answer is ready within a short
 * budget it goes there: one HTTP exchange instead of two, and the person sees it sooner. A slower
 * answer (a busy database, say) is acknowledged empty when the budget runs out and sent to the
 * `response_url` instead, so Slack's three-second deadline is never at risk.
 */

/** A message for a slash command's ack body or its `response_url`. */
export interface CommandAnswer extends SlackMessage {
  readonly response_type: 'ephemeral' | 'in_channel';
}

/** How `work` turned out against the budget. */
export type WithinBudget<T> = { readonly inTime: true; readonly value: T } | { readonly inTime: false };

const LATE: WithinBudget<never> = { inTime: false };

/** `work`'s value if it settles within `budgetMs`, else `{ inTime: false }` when the budget runs out; rejects if `work` does in time. */
export function within<T>(work: Promise<T>, budgetMs: number): Promise<WithinBudget<T>> {
  if (budgetMs <= 0) return Promise.resolve(LATE);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(LATE), budgetMs);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve({ inTime: true, value });
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error('answer failed'));
      },
    );
  });
}

/** A reply as a slash command's answer: private replies are ephemeral, shared ones go in the channel. */
export function commandAnswer(reply: Reply): CommandAnswer {
  return { response_type: reply.visibility === 'shared' ? 'in_channel' : 'ephemeral', ...render(reply) };
}
