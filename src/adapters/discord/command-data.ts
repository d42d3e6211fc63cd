import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';

/**
 * The `/policy` command and the `Check against policy` message command, declared once. Each
 * subcommand says both how Discord shows it (typed options) and how its option values are joined
 * into the same command text that Slack and the shell send to the one parser.
 */

export const POLICY_COMMAND_NAME = 'policy';
export const CHECK_MESSAGE_COMMAND_NAME = 'Check against policy';

interface OptionSpec {
  readonly name: string;
  readonly description: string;
  readonly kind: 'string' | 'user' | 'integer';
  readonly required?: boolean;
  readonly choices?: readonly string[];
  readonly autocomplete?: boolean;
  readonly minValue?: number;
  readonly maxValue?: number;
}

/** Option values by name; user options already written as a mention (`<@id>`). */
export type OptionValues = Readonly<Record<string, string | undefined>>;

interface SubcommandSpec {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
  /** The command text the parser reads (interface.md's grammar). */
  readonly toText: (values: OptionValues) => string;
}

function words(...parts: (string | undefined)[]): string {
  return parts.filter((part) => part !== undefined && part !== '').join(' ');
}

const user = (description: string, required: boolean): OptionSpec => ({ name: 'user', description, kind: 'user', required });
const account: OptionSpec = { name: 'account', description: 'The company account, e.g. instagram', kind: 'string', required: true };
const app: OptionSpec = { name: 'app', description: 'The app or service, e.g. a scheduling tool', kind: 'string', required: true };
const until: OptionSpec = { name: 'until', description: 'Last day it holds, e.g. 2027-01-31 (optional)', kind: 'string' };
const reason: OptionSpec = { name: 'reason', description: 'Why, for the audit trail (optional, one line)', kind: 'string' };
/** The register's optional `--until` and `--reason`, in the parser's grammar. */
const terms = (v: OptionValues): (string | undefined)[] => [v.until === undefined ? undefined : `--until ${v.until}`, v.reason === undefined ? undefined : `--reason ${v.reason}`];

/** Every `/policy` subcommand, in the order Discord lists them. */
export const POLICY_SUBCOMMANDS = [
  {
    name: 'check',
    description: 'Check a draft post against the policy (only you see the answer)',
    options: [
      { name: 'text', description: 'The draft post', kind: 'string', required: true },
      { name: 'account', description: 'Where it will be posted', kind: 'string', choices: ['company', 'personal'] },
    ],
    toText: (v) => words('check', v.account === undefined ? undefined : `--account ${v.account}`, v.text),
  },
  {
    name: 'explain',
    description: 'Quote and explain what the policy says about a topic',
    options: [{ name: 'topic', description: 'A topic or clause; leave empty to list them', kind: 'string', autocomplete: true }],
    toText: (v) => words('explain', v.topic),
  },
  {
    name: 'ask',
    description: 'Ask a question about the policy',
    options: [{ name: 'question', description: 'Your question', kind: 'string', required: true }],
    toText: (v) => words('ask', v.question),
  },
  { name: 'walkthrough', description: 'The basic advice, step by step', options: [], toText: () => 'walkthrough' },
  {
    name: 'grants',
    description: 'Who may post on which company account, and which apps are approved',
    options: [user('Only this person', false)],
    toText: (v) => words('grants', v.user),
  },
  {
    name: 'grant',
    description: 'Owners: authorise a person for a company account',
    options: [user('The person to authorise', true), account, until, reason],
    toText: (v) => words('grant', v.user, 'account', v.account, ...terms(v)),
  },
  {
    name: 'revoke',
    description: 'Owners: withdraw a person’s authorisation for a company account',
    options: [user('The person', true), account, reason],
    toText: (v) => words('revoke', v.user, 'account', v.account, ...terms(v)),
  },
  { name: 'approve', description: 'Owners: approve an app for company accounts', options: [app, until, reason], toText: (v) => words('approve app', v.app, ...terms(v)) },
  { name: 'unapprove', description: 'Owners: withdraw an app’s approval', options: [app, reason], toText: (v) => words('unapprove app', v.app, ...terms(v)) },
  { name: 'status', description: 'Owners: who has acknowledged the current policy', options: [], toText: () => 'status' },
  {
    name: 'audit',
    description: 'Owners: the latest audit entries',
    options: [{ name: 'n', description: 'How many (default 10)', kind: 'integer', minValue: 1, maxValue: 100 }],
    toText: (v) => words('audit', v.n),
  },
  { name: 'help', description: 'What the bot can do', options: [], toText: () => 'help' },
] as const satisfies readonly SubcommandSpec[];

function optionData(spec: OptionSpec): APIApplicationCommandBasicOption {
  const base = { name: spec.name, description: spec.description, required: spec.required ?? false };
  switch (spec.kind) {
    case 'user':
      return { ...base, type: ApplicationCommandOptionType.User };
    case 'integer':
      return { ...base, type: ApplicationCommandOptionType.Integer, min_value: spec.minValue, max_value: spec.maxValue };
    case 'string':
      if (spec.autocomplete === true) return { ...base, type: ApplicationCommandOptionType.String, autocomplete: true };
      return {
        ...base,
        type: ApplicationCommandOptionType.String,
        ...(spec.choices === undefined ? {} : { choices: spec.choices.map((choice) => ({ name: choice, value: choice })) }),
      };
  }
}

// Usable in servers and in the bot's DMs, for a bot installed in a server.
const where = {
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

/** `/policy` with its subcommands and typed options. */
export const POLICY_SLASH_COMMAND = {
  type: ApplicationCommandType.ChatInput,
  name: POLICY_COMMAND_NAME,
  description: 'Check posts against the social media policy, ask about it, manage grants',
  ...where,
  options: POLICY_SUBCOMMANDS.map((sub: SubcommandSpec) => ({
    type: ApplicationCommandOptionType.Subcommand as const,
    name: sub.name,
    description: sub.description,
    options: sub.options.map(optionData),
  })),
} satisfies RESTPostAPIApplicationCommandsJSONBody;

/** The JSON body for `PUT /applications/{id}/commands` (or the guild's). */
export const POLICY_COMMANDS = [
  POLICY_SLASH_COMMAND,
  { type: ApplicationCommandType.Message, name: CHECK_MESSAGE_COMMAND_NAME, ...where },
] satisfies RESTPostAPIApplicationCommandsJSONBody[];

/** The subcommand spec by name, or `undefined` for one this version does not know. */
export function findSubcommand(name: string): SubcommandSpec | undefined {
  return (POLICY_SUBCOMMANDS as readonly SubcommandSpec[]).find((sub) => sub.name === name);
}
