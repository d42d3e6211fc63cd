import { withoutMentionMarks } from '../../commands/present/person.ts';
import type { Actor, BotRequest, ReplyButton } from '../../commands/request.ts';
import { buttonCommand } from './render.ts';

/**
 * One line typed in the shell as a request: `/policy …` is a command, `/next`-style words press a
 * button of the last reply, anything else is a question (like a direct message). Blank lines are
 * nothing.
 */
export const toBotRequest = (line: string, actor: Actor, buttons: readonly ReplyButton[] = []): BotRequest | undefined => {
  const text = withoutMentionMarks(line).trim();
  if (text === '') return undefined;
  const command = /^\/policy(?:\s+|$)/i.exec(text);
  if (command) return { kind: 'command', actor, text: text.slice(command[0].length) };
  const pressed = buttons.find((button) => buttonCommand(button).toLowerCase() === text.toLowerCase());
  if (pressed) return { kind: 'button', actor, actionId: pressed.actionId, value: pressed.value };
  return { kind: 'direct-message', actor, text };
};
