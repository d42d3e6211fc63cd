import { UserError } from '../policy/errors.ts';
import type { Account } from '../policy/types.ts';
import { COMMAND_NAMES, type CommandName } from './command-list.ts';

/** What a command's text asks for, once parsed: one variant per row of interface.md's grammar. */
export type Command =
  | { readonly name: 'check'; readonly draft: string; readonly account?: Account }
  | { readonly name: 'explain'; readonly topic?: string }
  | { readonly name: 'ask'; readonly question: string }
  | { readonly name: 'walkthrough' }
  | { readonly name: 'grants'; readonly user?: string }
  | { readonly name: 'grant' | 'revoke'; readonly user: string; readonly account: string; readonly until?: string; readonly reason?: string }
  | { readonly name: 'approve' | 'unapprove'; readonly app: string; readonly until?: string; readonly reason?: string }
  | { readonly name: 'status' }
  | { readonly name: 'audit'; readonly limit: number }
  | { readonly name: 'help' };

export const DEFAULT_AUDIT_ENTRIES = 10;
export const MAX_AUDIT_ENTRIES = 100;

/**
 * `<@U0123ABCD>`, `<@U0123ABCD|ann>` (Slack) and `<@81234567890123456>`, `<@!81234567890123456>`
 * (Discord) become `@U0123ABCD` / `@81234567890123456`, the form the shell types (`@ann`).
 */
export const normaliseMentions = (text: string): string => text.replace(/<@!?([A-Za-z0-9]+)(?:\|[^<>]*)?>/g, '@$1');

/** Splits off the first whitespace-separated word; the rest keeps its inner spacing. */
const firstWord = (text: string): [word: string, rest: string] => {
  const trimmed = text.trimStart();
  const end = trimmed.search(/\s/);
  return end === -1 ? [trimmed, ''] : [trimmed.slice(0, end), trimmed.slice(end).trim()];
};

const isCommandName = (word: string): word is CommandName => (COMMAND_NAMES as readonly string[]).includes(word);

const ACCOUNTS: readonly Account[] = ['company', 'personal'];

const parseCheck = (rest: string): Command => {
  let draft = rest;
  let account: Account | undefined;
  const [flag, afterFlag] = firstWord(rest);
  if (flag === '--account' || flag.startsWith('--account=')) {
    const [value, afterValue] = flag === '--account' ? firstWord(afterFlag) : [flag.slice('--account='.length), afterFlag];
    const lower = value.toLowerCase();
    if (!ACCOUNTS.includes(lower as Account)) {
      throw new UserError('unknown-account', 'The account is either `company` or `personal`, e.g. `check --account company <draft>`.');
    }
    account = lower as Account;
    draft = afterValue;
  } else if (flag.startsWith('--')) {
    throw new UserError('invalid-argument', 'The only option of `check` is `--account company|personal`, e.g. `check --account personal <draft>`.');
  }
  if (draft === '') throw new UserError('draft-empty', 'Put the draft after `check`, e.g. `check Our open evening is on Thursday at 6pm`.');
  return account ? { name: 'check', draft, account } : { name: 'check', draft };
};

/** `@ann` or `@U0123ABCD` → `ann` / `U0123ABCD`. */
const parseUser = (word: string, usage: string): string => {
  const match = /^@([\w.-]+)$/.exec(word);
  if (!match?.[1]) throw new UserError('missing-argument', `Name the person with a mention: \`${usage}\`.`);
  return match[1];
};

/** `<keyword> <name>`; the keyword may be left out ("grant @ann instagram"). */
const nameAfterKeyword = (rest: string, keyword: string, usage: string): string => {
  const [word, afterWord] = firstWord(rest);
  const name = word.toLowerCase() === keyword ? afterWord : rest;
  if (name === '') throw new UserError('missing-argument', `Say which ${keyword}: \`${usage}\`.`);
  return name;
};

const REASON = /\s+--reason\s+(.+?)(?=\s+--until(?:\s|$)|$)/s;
const UNTIL = /\s+--until\s+(\S+)/;
/** An option with nothing after it (or only the other option): the person forgot its value. */
const REASON_WITHOUT_WORDS = /\s--reason(?=\s+--until(?:\s|$)|\s*$)/;
const UNTIL_WITHOUT_DATE = /\s--until(?=\s+--reason(?:\s|$)|\s*$)/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNTIL_EXAMPLE = 'Give the last day as a date like `--until 2027-01-31`.';

/** What is wrong with an `--until` value, in the person's terms; undefined for a real calendar date. */
const untilProblem = (until: string): string | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(until);
  if (!match) return UNTIL_EXAMPLE;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `${until} is not a date: there is no month ${month}. ${UNTIL_EXAMPLE}`;
  // Day 0 of the next month is the last day of this one (leap years included).
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${until} is not a date: ${MONTHS[month - 1]} ${year} has ${days} days. ${UNTIL_EXAMPLE}`;
  return undefined;
};

/**
 * The register's optional trailing options: `--until 2027-01-31` (a grant or approval that ends)
 * and `--reason <words>` (why, for the audit trail). Returns the text without them.
 */
const registerOptions = (rest: string, name: string): { text: string; until?: string; reason?: string } => {
  let text = ` ${rest}`;
  if (REASON_WITHOUT_WORDS.test(text)) throw new UserError('invalid-argument', '`--reason` needs words after it, e.g. `--reason covering the spring campaign`.');
  if (UNTIL_WITHOUT_DATE.test(text)) {
    throw new UserError('invalid-argument', name === 'revoke' || name === 'unapprove' ? `\`${name}\` takes no \`--until\`: it ends the grant now.` : `\`--until\` needs a date after it. ${UNTIL_EXAMPLE}`);
  }
  const reason = REASON.exec(text)?.[1]?.trim();
  if (reason !== undefined) text = text.replace(REASON, '');
  const until = UNTIL.exec(text)?.[1];
  if (until !== undefined) {
    if (name === 'revoke' || name === 'unapprove') throw new UserError('invalid-argument', `\`${name}\` takes no \`--until\`: it ends the grant now.`);
    const problem = untilProblem(until);
    if (problem !== undefined) throw new UserError('invalid-argument', problem);
    text = text.replace(UNTIL, '');
  }
  return { text: text.trim(), ...(until === undefined ? {} : { until }), ...(reason === undefined ? {} : { reason }) };
};

/** Quotes around a name are how people write one with spaces (`"Adobe Express"`): they are not part of it. */
const QUOTED = /^(?:"(.*)"|'(.*)'|“(.*)”|‘(.*)’)$/s;
const unquote = (name: string): string => {
  const match = QUOTED.exec(name);
  return match ? (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim() : name;
};

const parseAudit = (rest: string): Command => {
  if (rest === '') return { name: 'audit', limit: DEFAULT_AUDIT_ENTRIES };
  if (!/^\d{1,6}$/.test(rest) || Number(rest) < 1 || Number(rest) > MAX_AUDIT_ENTRIES) {
    throw new UserError('invalid-argument', `Give a number of entries from 1 to ${MAX_AUDIT_ENTRIES}, e.g. \`audit 20\`.`);
  }
  return { name: 'audit', limit: Number(rest) };
};

/** Parses a command's text (the text after `/policy`) with mentions normalised first. */
export const parseCommand = (rawText: string): Command => {
  const [word, rest] = firstWord(normaliseMentions(rawText));
  const name = word.toLowerCase();
  if (name === '') return { name: 'help' };
  if (!isCommandName(name)) {
    throw new UserError('unknown-command', `I don't know the command "${word.slice(0, 40)}". Type \`help\` for the list, or \`ask <question>\` to ask about the policy.`);
  }
  switch (name) {
    case 'check':
      return parseCheck(rest);
    case 'explain':
      return rest === '' ? { name } : { name, topic: rest };
    case 'ask':
      if (rest === '') throw new UserError('missing-argument', 'Put your question after `ask`, e.g. `ask Can I mention the practice on my own account?`.');
      return { name, question: rest };
    case 'walkthrough':
    case 'status':
    case 'help':
      return { name };
    case 'grants':
      return rest === '' ? { name } : { name, user: parseUser(firstWord(rest)[0], 'grants @user') };
    case 'grant':
    case 'revoke': {
      const usage = `${name} @user account <name>`;
      const { text, ...options } = registerOptions(rest, name);
      const [mention, afterMention] = firstWord(text);
      const user = parseUser(mention, usage);
      return { name, user, account: nameAfterKeyword(afterMention, 'account', usage), ...options };
    }
    case 'approve':
    case 'unapprove': {
      const { text, ...options } = registerOptions(rest, name);
      const usage = `${name} app <name>`;
      const app = unquote(nameAfterKeyword(text, 'app', usage));
      if (app === '') throw new UserError('missing-argument', `Say which app: \`${usage}\`.`);
      return { name, app, ...options };
    }
    case 'audit':
      return parseAudit(rest);
    default: {
      const unreachable: never = name;
      return unreachable;
    }
  }
};
