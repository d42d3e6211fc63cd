/** Every command of the grammar (interface.md, "What people type"), declared once for the parser and `help`. */

export const COMMAND_NAMES = [
  'check',
  'explain',
  'ask',
  'walkthrough',
  'grants',
  'grant',
  'revoke',
  'approve',
  'unapprove',
  'status',
  'audit',
  'help',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

export interface CommandHelp {
  readonly name: CommandName;
  readonly usage: string;
  readonly summary: string;
  /** Only POLICY_OWNERS may run it. */
  readonly ownersOnly: boolean;
}

export const COMMAND_HELP = [
  { name: 'check', usage: 'check [--account company|personal] <draft>', summary: 'Can I post this? A verdict (OK, CAUTION or STOP) with the clauses behind it.', ownersOnly: false },
  { name: 'explain', usage: 'explain [topic]', summary: 'What the policy says about a topic, quoted; no topic lists the topics.', ownersOnly: false },
  { name: 'ask', usage: 'ask <question>', summary: 'A question about the policy, answered with the clauses it rests on.', ownersOnly: false },
  { name: 'walkthrough', usage: 'walkthrough', summary: 'The basic advice step by step; the last step records that you have read it.', ownersOnly: false },
  { name: 'grants', usage: 'grants [@user]', summary: 'Who may post on which company account, and which apps are approved.', ownersOnly: false },
  { name: 'grant', usage: 'grant @user account <name> [--until YYYY-MM-DD] [--reason …]', summary: 'Authorise a person to post on a company account.', ownersOnly: true },
  { name: 'revoke', usage: 'revoke @user account <name>', summary: "Withdraw a person's authorisation for a company account.", ownersOnly: true },
  { name: 'approve', usage: 'approve app <name> [--until YYYY-MM-DD] [--reason …]', summary: 'Approve an app or service for use with company accounts.', ownersOnly: true },
  { name: 'unapprove', usage: 'unapprove app <name>', summary: 'Withdraw the approval of an app or service.', ownersOnly: true },
  { name: 'status', usage: 'status', summary: 'Who has and has not acknowledged the current policy; its review date.', ownersOnly: true },
  { name: 'audit', usage: 'audit [n]', summary: 'The last n entries of the audit trail (10 unless you say).', ownersOnly: true },
  { name: 'help', usage: 'help', summary: 'This list.', ownersOnly: false },
] as const satisfies readonly CommandHelp[];
