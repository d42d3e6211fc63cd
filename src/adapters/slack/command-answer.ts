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

/** A `response_url` answer that replaces the message the interaction came from, or not. */
export interface InteractionAnswer extends CommandAnswer {
  readonly replace_original: boolean;
}

/**
 * The answer to a button press: it replaces the message whose button was pressed, so a
 * walkthrough moves on to its next step instead of leaving the old step and its buttons behind.
 * Slack's `response_url` replaces ephemeral and ordinary messages alike.
 */
export function buttonAnswer(reply: Reply): InteractionAnswer {
  return { ...commandAnswer(reply), replace_original: true };
}

/** The answer to a message shortcut: a new private message; the message checked is left alone. */
export function shortcutAnswer(reply: Reply): InteractionAnswer {
  return { ...commandAnswer(reply), replace_original: false };
}
