import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli, startBot, type Finished, type RunningBot } from '../helpers/bot-process.ts';
import { scanFiles, scanText, type CanaryHit } from '../helpers/canary-scan.ts';
import { SLACK_BOT_TOKEN, startChatBot, type ChatBot } from '../helpers/chat-bot.ts';
import { createSlackSocketDriver } from '../helpers/slack-socket-driver.ts';
import { startSlackFake, type SlackFake } from './fakes/slack-fake.ts';
import { runShellSession, type ShellSession } from '../helpers/shell-session.ts';

/**
 * Issue 6, "Privacy": drafts and questions are never stored or logged. A unique canary goes
 * through every way in (CLI check and ask; the shell's check, question and explain; Slack's slash
 * command, message shortcut and DM; Discord's slash command, message menu and DM) at
 * LOG_LEVEL=debug. Then every file under the DATA_DIRs (SQLite database, WAL, SHM: as bytes) and
 * every log is searched for it. Each way in carries its own tag after the canary's stem, so a hit
 * says which path leaked.
 */

const STEM = `Quorvex${randomBytes(5).toString('hex')}`;
/** The canary for one path: the stem (what the scan looks for) and a tag naming the path. */
const canary = (path: string): string => `${STEM}${path.replace(/[^a-z]/g, '')}`;
/** A draft with findings whose excerpt quotes the canary (a password), so the answer proves the words went through. */
const draft = (path: string): string => `Our booking system password is ${canary(path)} and my client Tobias finally opened up about the divorce today`;
const question = (path: string): string => `Can I post a photo of ${canary(path)} from our team lunch on my own Instagram?`;

const root = mkdtempSync(join(tmpdir(), 'no-draft-stored-'));
const LOGS = { LOG_LEVEL: 'debug' } as const;
let chat: ChatBot | undefined;
let cli: { check: Finished; ask: Finished } | undefined;
let shell: ShellSession | undefined;
const answers: { path: string; text: string }[] = [];
let whileRunning: ReturnType<typeof scanFiles> | undefined;
let afterStopping: ReturnType<typeof scanFiles> | undefined;
let chatLogs = { stdout: '', stderr: '' };
let socketLogs = { stdout: '', stderr: '' };

const throughCli = async (): Promise<void> => {
  const env = { ...LOGS, DATA_DIR: join(root, 'cli') };
  const [check, ask] = await Promise.all([
    runCli(['check', '--jsonl'], env, `${JSON.stringify({ id: 'c1', text: draft('cli check') })}\n${JSON.stringify({ id: 'c2', text: draft('cli check company'), account: 'company' })}\n`),
    runCli(['ask', '--jsonl'], env, `${JSON.stringify({ id: 'q1', question: question('cli ask') })}\n`),
  ]);
  cli = { check, ask };
};

const throughShell = async (): Promise<void> => {
  const lines = [
    `/policy check ${draft('shell check')}`,
    `/policy check --account company ${draft('shell check company')}`,
    question('shell question'),
    `/policy ask ${question('shell ask')}`,
    `/policy explain ${canary('shell explain')}`,
  ];
  // The shell user owns nothing here, so the company check also reads the grants register.
  shell = await runShellSession(lines, { ...LOGS, DATA_DIR: join(root, 'shell'), POLICY_OWNERS: 'slack:U0SOMEONE1' });
};

const throughChat = async (bot: ChatBot): Promise<void> => {
  const ask = async (path: string, answer: Promise<{ text: string }>) => answers.push({ path, text: (await answer).text });
  await ask('slack check', bot.slack.command(`check ${draft('slack check')}`));
  await ask('slack check company', bot.slack.command(`check --account company ${draft('slack check company')}`, 'U0NOTOWNR7'));
  await ask('slack ask', bot.slack.command(`ask ${question('slack ask')}`));
  await ask('slack explain', bot.slack.command(`explain ${canary('slack explain')}`));
  await ask('slack shortcut', bot.slack.shortcut(draft('slack shortcut')));
  await ask('slack dm', bot.slack.directMessage(question('slack dm')));
  await ask('discord check', bot.discord.command('check', { text: draft('discord check') }));
  await ask('discord check company', bot.discord.command('check', { text: draft('discord check company'), account: 'company' }, '1400000000000000777'));
  await ask('discord ask', bot.discord.command('ask', { question: question('discord ask') }));
  await ask('discord explain', bot.discord.command('explain', { topic: canary('discord explain') }));
  await ask('discord message menu', bot.discord.checkMessage(draft('discord message menu')));
  await ask('discord dm', bot.discord.directMessage(question('discord dm')));
};

/** A Slack fake and bot in Socket Mode: the SDK's WebSocket client sees every frame, at debug level too. */
let socketFake: SlackFake | undefined;
let socketBot: RunningBot | undefined;

const throughSocketMode = async (): Promise<void> => {
  const fake = (socketFake = await startSlackFake());
  socketBot = await startBot({ ...LOGS, DATA_DIR: join(root, 'socket'), SLACK_BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-1-A123456-7777-noDraftSocketToken', SLACK_API_URL: fake.apiUrl });
  const slack = createSlackSocketDriver(fake, await fake.nextSocket());
  const ask = async (path: string, answer: Promise<{ text: string }>) => answers.push({ path, text: (await answer).text });
  await ask('slack socket check', slack.command(`check ${draft('slack socket check')}`));
  await ask('slack socket ask', slack.command(`ask ${question('slack socket ask')}`));
  await ask('slack socket shortcut', slack.shortcut(draft('slack socket shortcut')));
  await ask('slack socket dm', slack.directMessage(question('slack socket dm')));
};

/** Stops a bot, keeping everything it wrote; its exit code. */
const stopKeepingLogs = async (bot: RunningBot | undefined, keep: (logs: { stdout: string; stderr: string }) => void): Promise<number | null> => {
  if (bot === undefined) return null;
  const code = await bot.stop();
  keep({ stdout: bot.stdout(), stderr: bot.stderr() });
  return code;
};

beforeAll(async () => {
  mkdirSync(join(root, 'cli'));
  const throughChatBot = async () => {
    chat = await startChatBot({ ...LOGS, DATA_DIR: join(root, 'chat') });
    await throughChat(chat);
  };
  await Promise.all([throughChatBot(), throughSocketMode(), throughCli(), throughShell()]);
  // The bots are still running: their WAL and SHM files exist and hold the latest writes.
  whileRunning = scanFiles(root, STEM);
  expect(await stopKeepingLogs(chat?.bot, (logs) => (chatLogs = logs))).toBe(0);
  expect(await stopKeepingLogs(socketBot, (logs) => (socketLogs = logs))).toBe(0);
  afterStopping = scanFiles(root, STEM);
}, 60_000);

afterAll(async () => {
  // After a failure half-way, nothing is left running (stop() is harmless on a stopped bot).
  await chat?.stop();
  await socketBot?.stop();
  await socketFake?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Every captured log: all output of the chat bot, standard error of the shell and the CLI (their standard output is the answer). */
const capturedLogs = (): [string, string][] => [
  ['chat bot stdout', chatLogs.stdout],
  ['chat bot stderr', chatLogs.stderr],
  ['socket-mode bot stdout', socketLogs.stdout],
  ['socket-mode bot stderr', socketLogs.stderr],
  ['shell stderr', shell?.run.stderr ?? ''],
  ['cli check stderr', cli?.check.stderr ?? ''],
  ['cli ask stderr', cli?.ask.stderr ?? ''],
];

const describeHits = (hits: readonly CanaryHit[]): string[] => hits.map((hit) => `${hit.where} (${hit.encoding}): …${hit.around}…`);

describe('no draft or question is stored or logged, on any path', () => {
  it('every path carried its canary to the bot and was answered', () => {
    // Checks quote the draft back to the person: proof the canary went all the way through.
    for (const { path, text } of answers) {
      if (path.includes('check') || path.includes('shortcut') || path.includes('menu')) expect(text, path).toContain(canary(path));
      else expect(text, path).not.toBe('');
    }
    expect(answers).toHaveLength(12 + 4);
    expect(shell?.answers[0]).toContain(canary('shell check'));
    // Five answers, and five refusals of the session's `zzsplit` markers.
    expect(jsonLines(shell?.run.stderr ?? '').filter((line) => line.msg === 'handled')).toHaveLength(5);
    expect(jsonLines(chatLogs.stderr).filter((line) => line.msg === 'handled')).toHaveLength(12);
    expect(jsonLines(socketLogs.stderr).filter((line) => line.msg === 'handled')).toHaveLength(4);
    expect(cli?.check.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { verdict: string }).verdict)).toEqual(['stop', 'stop']);
    expect(cli?.ask.stdout).toContain('"id":"q1"');
    // LOG_LEVEL=debug took effect: the SDKs said their most.
    expect(jsonLines(chatLogs.stderr).some((line) => line.level === 20)).toBe(true);
    expect(jsonLines(socketLogs.stderr).some((line) => line.level === 20)).toBe(true);
  });

  it('no file under DATA_DIR holds a canary: the databases, WAL and SHM files, while running and after', () => {
    expect(whileRunning?.files.some((file) => file.endsWith('.sqlite'))).toBe(true);
    expect(whileRunning?.files.some((file) => file.endsWith('-wal'))).toBe(true);
    expect(afterStopping?.files.length).toBeGreaterThan(0);
    expect(describeHits(whileRunning?.hits ?? [])).toEqual([]);
    expect(describeHits(afterStopping?.hits ?? [])).toEqual([]);
  });

  it('no log holds a canary', () => {
    const logs = capturedLogs();
    expect(logs.every(([, text]) => text !== undefined)).toBe(true);
    expect(logs.find(([name]) => name === 'chat bot stderr')?.[1].length).toBeGreaterThan(1000);
    expect(describeHits(logs.flatMap(([name, text]) => scanText(name, text, STEM)))).toEqual([]);
  });
});

describe('the scanner itself', () => {
  it('finds a canary planted in a WAL-mode SQLite database, in any case, and in UTF-16', () => {
    const dir = mkdtempSync(join(root, 'planted-'));
    const database = new DatabaseSync(join(dir, 'planted.sqlite'));
    // The canary is letters and digits, so it can be written as an SQL literal.
    database.exec(`PRAGMA journal_mode = WAL; CREATE TABLE notes (body TEXT); INSERT INTO notes (body) VALUES ('kept by mistake: ${draft('planted').toLowerCase()}')`);
    // Still open: the row sits in the WAL file, not yet in the database file.
    const found = scanFiles(dir, STEM);
    database.close();
    expect(found.files).toEqual(expect.arrayContaining(['planted.sqlite', 'planted.sqlite-wal']));
    expect(found.hits.map((hit) => hit.where)).toContain('planted.sqlite-wal');

    writeFileSync(join(dir, 'wide.txt'), Buffer.from(`x${question('wide')}`, 'utf16le'));
    expect(scanFiles(dir, STEM).hits.filter((hit) => hit.where === 'wide.txt').map((hit) => hit.encoding)).toEqual(['utf16le']);
    expect(scanFiles(mkdtempSync(join(root, 'clean-')), STEM).hits).toEqual([]);
  });

  it('finds a canary planted in a captured log, which makes this suite fail', () => {
    const planted = `${chatLogs.stderr}{"level":20,"msg":"request body","text":"${draft('planted log').toUpperCase()}"}\n`;
    expect(scanText('chat bot stderr', planted, STEM)).toHaveLength(1);
    expect(scanText('chat bot stderr', chatLogs.stderr, STEM)).toEqual([]);
  });
});
