import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandTextOf, PLATFORM_CASES, type PlatformCase, type PlatformInput } from '../fixtures/platform-cases.ts';
import { answerFactsReader, type AnswerFacts } from '../helpers/answer-facts.ts';
import { runCli } from '../helpers/bot-process.ts';
import { OWNERS, startChatBot, type ChatBot } from '../helpers/chat-bot.ts';
import { loadZrtherapy } from '../helpers/policy.ts';
import { runShellSession } from '../helpers/shell-session.ts';

/**
 * The same answer everywhere (architecture.md rule 3): every case of the case file goes through
 * Slack (a signed slash command into Bolt's HTTP receiver, answered on the response_url), Discord
 * (INTERACTION_CREATE on the gateway, answered by editing the deferred reply over REST), the shell
 * (`node src/main.ts` with piped input) and, when it has a batch form, the CLI (`--jsonl`). The
 * verdict word and the clause ids a person sees must be the same on all of them.
 */

const read = answerFactsReader(loadZrtherapy().document.clauses.map((clause) => clause.id));
const NON_OWNER = { slack: 'U0NOTOWNR7', discord: '1400000000000000777' } as const;
const AUTHORISED_USERS = 'company.authorised-users';

interface Seen {
  readonly platform: string;
  readonly text: string;
}

/** What each platform showed, per case id. */
const seen = new Map<string, Seen[]>();
/** What the CLI said, per case id, as facts, or the error it reported. */
const batch = new Map<string, AnswerFacts | { readonly error: string }>();

const record = (caseId: string, platform: string, text: string): void => {
  seen.set(caseId, [...(seen.get(caseId) ?? []), { platform, text }]);
};

const root = mkdtempSync(join(tmpdir(), 'same-answer-'));
let chat: ChatBot | undefined;

/** Discord's typed options for a case, or undefined when Discord cannot send it. */
const discordOptions = (input: PlatformInput): [string, Record<string, string>] | undefined => {
  switch (input.kind) {
    case 'check':
      return ['check', { text: input.draft, ...(input.account ? { account: input.account } : {}) }];
    case 'ask':
      return ['ask', { question: input.question }];
    case 'explain':
      return ['explain', input.topic === undefined ? {} : { topic: input.topic }];
    case 'direct':
    case 'raw':
      return undefined;
  }
};

/** Slack then Discord, one request at a time per bot (the drivers match answers in order). */
const throughChat = async (bot: ChatBot): Promise<void> => {
  for (const platformCase of PLATFORM_CASES) {
    const { id, input } = platformCase;
    const nonOwner = platformCase.actor === 'non-owner';
    const text = commandTextOf(input);
    if (input.kind === 'direct') {
      record(id, 'slack dm', (await bot.slack.directMessage(input.question)).text);
      record(id, 'discord dm', (await bot.discord.directMessage(input.question)).text);
      continue;
    }
    if (text !== undefined) record(id, 'slack /policy', (await bot.slack.command(text, nonOwner ? NON_OWNER.slack : undefined)).text);
    const discord = discordOptions(input);
    if (discord !== undefined) record(id, 'discord /policy', (await bot.discord.command(discord[0], discord[1], nonOwner ? NON_OWNER.discord : undefined)).text);
    // A message checked from the shortcut or context menu is a check with no account.
    if (input.kind === 'check' && input.account === undefined && !nonOwner) {
      record(id, 'slack shortcut', (await bot.slack.shortcut(input.draft)).text);
      record(id, 'discord message menu', (await bot.discord.checkMessage(input.draft)).text);
    }
  }
};

/** Owners' cases in one session, non-owners' in another where the shell user owns nothing. */
const throughShell = async (): Promise<void> => {
  for (const [owners, cases] of [
    [OWNERS, PLATFORM_CASES.filter((platformCase) => platformCase.actor !== 'non-owner')],
    [`slack:${NON_OWNER.slack}`, PLATFORM_CASES.filter((platformCase) => platformCase.actor === 'non-owner')],
  ] as const) {
    const lines = cases.map(({ input }) => (input.kind === 'direct' ? input.question : `/policy ${commandTextOf(input)}`));
    const session = await runShellSession(lines, { DATA_DIR: mkdtempSync(join(root, 'shell-')), POLICY_OWNERS: owners });
    cases.forEach((platformCase, index) => record(platformCase.id, 'shell', session.answers[index] ?? ''));
  }
};

const jsonl = (stdout: string): Record<string, unknown>[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** check and ask as batches; explain as text; raw commands have no batch form. */
const throughCli = async (): Promise<void> => {
  const env = { DATA_DIR: join(root, 'cli') };
  const checks = PLATFORM_CASES.flatMap(({ id, input }) => (input.kind === 'check' ? [{ id, text: input.draft, ...(input.account ? { account: input.account } : {}) }] : []));
  const asks = PLATFORM_CASES.flatMap(({ id, input }) => (input.kind === 'ask' || input.kind === 'direct' ? [{ id, question: input.question }] : []));
  const explains = PLATFORM_CASES.flatMap(({ id, input }) => (input.kind === 'explain' ? [{ id, topic: input.topic }] : []));
  const toInput = (lines: object[]) => lines.map((line) => `${JSON.stringify(line)}\n`).join('');
  const [checked, asked, ...explained] = await Promise.all([
    runCli(['check', '--jsonl'], env, toInput(checks)),
    runCli(['ask', '--jsonl'], env, toInput(asks)),
    ...explains.map(({ topic }) => runCli(topic === undefined ? ['explain'] : ['explain', ...topic.split(' ')], env)),
  ]);
  for (const line of jsonl(checked!.stdout)) {
    const findings = (line.findings as { clause: string }[] | undefined) ?? [];
    const facts = { verdict: String(line.verdict).toUpperCase() as AnswerFacts['verdict'], clauses: [...new Set(findings.map((finding) => finding.clause))].sort() };
    batch.set(String(line.id), typeof line.error === 'string' ? { error: line.error } : facts);
  }
  for (const line of jsonl(asked!.stdout)) batch.set(String(line.id), { clauses: [...((line.clauses as string[] | undefined) ?? [])].sort() });
  explains.forEach(({ id }, index) => batch.set(id, read(explained[index]!.stdout)));
};

beforeAll(async () => {
  const started = startChatBot({ DATA_DIR: mkdtempSync(join(root, 'chat-')) });
  await Promise.all([started.then((bot) => ((chat = bot), throughChat(bot))), throughShell(), throughCli()]);
}, 60_000);

afterAll(async () => {
  const code = await chat?.stop();
  rmSync(root, { recursive: true, force: true });
  expect(code).toBe(0);
});

/** What the batch CLI says a chat platform must show: its verdict and clauses, plus the grant finding chat adds for a non-owner. */
const expectedFromBatch = (platformCase: PlatformCase): AnswerFacts | { readonly error: string } | undefined => {
  const facts = batch.get(platformCase.id);
  if (facts === undefined || 'error' in facts || platformCase.actor !== 'non-owner') return facts;
  const clauses = [...new Set([...facts.clauses, AUTHORISED_USERS])].sort();
  // The grant finding is a STOP: a non-owner's company draft is never OK.
  return { verdict: 'STOP', clauses };
};

describe('the same answer on Slack, Discord, the shell and the CLI', () => {
  it.each(PLATFORM_CASES.map((platformCase) => [platformCase.id, platformCase] as const))('%s', (_id, platformCase) => {
    const answers = seen.get(platformCase.id) ?? [];
    const platforms = answers.map((answer) => answer.platform);
    expect(platforms).toContain('shell');
    expect(platforms).toEqual(expect.arrayContaining(platformCase.input.kind === 'direct' ? ['slack dm', 'discord dm'] : ['slack /policy']));
    if (discordOptions(platformCase.input) !== undefined) expect(platforms).toContain('discord /policy');

    const facts = answers.map((answer) => ({ platform: answer.platform, ...read(answer.text) }));
    const reference = facts.find((fact) => fact.platform === 'shell')!;
    // Every platform shows what the shell shows: the diff names the platform that differs.
    expect(facts).toEqual(facts.map((fact) => ({ platform: fact.platform, ...(reference.verdict ? { verdict: reference.verdict } : {}), clauses: reference.clauses })));

    const { verdict, cites, citesNothing, says } = platformCase.expect;
    if (verdict !== undefined) expect(reference.verdict).toBe(verdict);
    if (cites !== undefined) expect(reference.clauses).toEqual(expect.arrayContaining([...cites]));
    if (citesNothing === true) expect(reference.clauses).toEqual([]);
    for (const answer of answers) if (says !== undefined) expect(answer.text.replace(/\\/g, ''), answer.platform).toContain(says);

    const expected = expectedFromBatch(platformCase);
    if (platformCase.input.kind === 'raw') {
      expect(expected).toBeUndefined();
    } else if (expected !== undefined && 'error' in expected) {
      expect(reference).toEqual({ platform: 'shell', clauses: [] });
      if (says !== undefined) expect(expected.error).toContain(says);
    } else {
      expect({ platform: 'shell', ...expected }).toEqual(reference);
    }
  });
});
