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

/** A slash and one word, like the button commands (`/next`, `/acknowledge`): never a question. */
const BUTTON_LIKE = /^\/[\p{L}-]+$/u;

/**
 * What to tell someone who types a button word that the last reply did not offer ("/next" after
 * the walkthrough ended, "/acknowledge" before its last step): which ones it did offer, or how to
 * start. Undefined when the line is not such a word.
 */
export const unofferedButton = (line: string, buttons: readonly ReplyButton[]): string | undefined => {
  const text = line.trim();
  if (!BUTTON_LIKE.test(text) || /^\/policy$/i.test(text) || buttons.some((button) => buttonCommand(button).toLowerCase() === text.toLowerCase())) return undefined;
  return buttons.length > 0
    ? `${text} is not one of the choices here: type ${buttons.map((button) => buttonCommand(button)).join(' or ')}.`
    : `${text} is not one of the choices here. Type /policy walkthrough to start the walkthrough, or /policy help for the commands.`;
};
