import type { ParsedPolicy } from '../../policy/policy-document.ts';
import { COMMAND_HELP } from '../command-list.ts';
import type { Reply } from '../request.ts';
import { makeReply } from './make-reply.ts';

/** Every command, the owner-only ones marked, and the other ways in (DM, message action). */
export const presentHelp = (policy: ParsedPolicy, isOwner: boolean): Reply =>
  makeReply([
    { type: 'heading', text: `${policy.document.organisation.name} ${policy.document.title.toLowerCase()}: what I can do` },
    {
      type: 'fields',
      fields: COMMAND_HELP.map((command) => ({
        label: command.usage,
        value: command.ownersOnly ? `${command.summary} (policy owners only)` : command.summary,
      })),
    },
    {
      type: 'text',
      text: 'You can also send me a question as a direct message, or use "Check against policy" on any message. The verdicts: OK (fine to post), CAUTION (check before posting), STOP (don\'t post this).',
    },
    {
      type: 'context',
      text: isOwner ? 'You are a policy owner: you may grant, revoke, approve apps and see status and audit.' : `Policy owner: ${policy.document.owner.name}.`,
    },
  ]);
