import type { Reply } from '../../commands/request.ts';
import { render, type SlackMessage } from './render.ts';

/**
 * The one body every `response_url` answer is built from (slash commands, shortcuts, buttons), so
 * who sees an answer is decided in one place: Slack reads `response_type` for that.
 */

/** A message for an interaction's `response_url`. */
export interface CommandAnswer extends SlackMessage {
  readonly response_type: 'ephemeral' | 'in_channel';
}

/** A reply as a `response_url` answer: private replies are ephemeral, shared ones go in the channel. */
export function commandAnswer(reply: Reply): CommandAnswer {
  return { response_type: reply.visibility === 'shared' ? 'in_channel' : 'ephemeral', ...render(reply) };
}
