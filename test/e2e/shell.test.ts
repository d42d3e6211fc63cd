import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME } from '../../src/store/open-store.ts';

/** `npm start` as an operator runs it: no tokens, so the shell adapter on the embedded database. */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDirs: string[] = [];
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Every platform variable empty, so neither the environment nor a developer's .env can start Slack or Discord. */
const cleanEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` };
  for (const name of Object.keys(env)) if (/^(SLACK_|DISCORD_|BOT_ADAPTERS|DATABASE_URL|POLICY_)/.test(name)) delete env[name];
  for (const name of ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DATABASE_URL', 'BOT_ADAPTERS']) env[name] = '';
  return { ...env, ...extra };
};

const freshDataDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-bot-e2e-'));
  dataDirs.push(dir);
  return dir;
};

const start = (command: string, args: string[], env: Record<string, string>, input?: string, onStderr?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<Run> =>
  new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: cleanEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      onStderr?.(stderr, child);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolveRun({ code, signal, stdout, stderr }));
    if (input !== undefined) child.stdin.end(input);
  });

const logLines = (stderr: string): Record<string, unknown>[] =>
  stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const DRAFT = 'Wonderful news, my 5pm client finally told me about her marriage';

describe('npm start with piped input', () => {
  it('answers every line in order and exits 0 at the end of input', async () => {
    const input = [
      `/policy check ${DRAFT}`,
      'Do I need two-factor authentication on the company accounts?',
      '/policy check --account personal Sunny day at the beach with the kids',
      '/policy frobnicate',
      '/policy grant @robin account linkedin',
      '/policy grants',
      '',
    ].join('\n');
    const run = await start('npm', ['start', '--silent'], { DATA_DIR: freshDataDir() }, input);
    expect(run.code).toBe(0);
    const stop = run.stdout.indexOf('STOP');
    const question = run.stdout.indexOf('security.two-factor');
    const ok = run.stdout.indexOf('OK: fine to post.');
    const unknown = run.stdout.indexOf('I don\'t know the command "frobnicate"');
    const granted = run.stdout.indexOf('@robin may now post');
    const listed = run.stdout.indexOf('linkedin: @robin');
    expect([stop, question, ok, unknown, granted, listed].every((at) => at >= 0)).toBe(true);
    expect([stop, question, ok, unknown, granted, listed]).toEqual([...[stop, question, ok, unknown, granted, listed]].sort((a, b) => a - b));
    expect(run.stdout).toContain('safe.discussing-others');

    const logs = logLines(run.stderr);
    expect(logs.find((line) => line.msg === 'ready')).toMatchObject({ adapters: ['shell'] });
    expect(logs.find((line) => line.msg === 'ready')).not.toHaveProperty('port');
    expect(logs.filter((line) => line.msg === 'handled' || line.msg === 'refused')).toHaveLength(6);
    expect(run.stderr).not.toContain('marriage');
    expect(run.stderr).not.toContain('two-factor authentication on');
  });

  it('never writes a draft or a question to the log, also at LOG_LEVEL=debug', async () => {
    const input = `/policy check ${DRAFT}\n/policy check --account company ${DRAFT}\nIs it fine to mention Grelmont Hollow in a post?\n/policy explain Grelmont\n`;
    const run = await start('node', ['src/main.ts'], { DATA_DIR: freshDataDir(), LOG_LEVEL: 'debug' }, input);
    expect(run.code).toBe(0);
    expect(logLines(run.stderr).filter((line) => line.msg === 'handled')).toHaveLength(4);
    expect(run.stderr).not.toMatch(/marriage|5pm|Grelmont/);
    expect(run.stdout).toContain('STOP');
  });

  it('keeps the register in the embedded database between runs', async () => {
    const dataDir = freshDataDir();
    await start('node', ['src/main.ts'], { DATA_DIR: dataDir }, '/policy approve app Canva\n');
    const run = await start('node', ['src/main.ts'], { DATA_DIR: dataDir }, '/policy grants\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Approved apps: Canva.');
  });

  it('stops on SIGTERM with exit code 0', async () => {
    let signalled = false;
    const run = await start('node', ['src/main.ts'], { DATA_DIR: freshDataDir() }, undefined, (stderr, child) => {
      if (!signalled && stderr.includes('"msg":"ready"')) {
        signalled = true;
        child.kill('SIGTERM');
      }
    });
    expect(signalled).toBe(true);
    expect(run.code).toBe(0);
    expect(logLines(run.stderr).map((line) => line.msg)).toContain('stopped');
  });
});

describe('npm start under a process manager', () => {
  it('passes SIGTERM sent to npm on to the bot, which stops cleanly', async () => {
    const child = spawn('npm', ['start', '--silent'], { cwd: ROOT, env: cleanEnv({ DATA_DIR: freshDataDir() }), stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    const seen = (text: string): Promise<void> =>
      new Promise((resolveSeen) => {
        const check = () => (stderr.includes(text) ? resolveSeen() : undefined);
        child.stderr.on('data', check);
        check();
      });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await seen('"msg":"ready"');
    child.kill('SIGTERM');
    const stopped = await Promise.race([seen('"msg":"stopped"').then(() => true), new Promise<boolean>((resolveLate) => setTimeout(() => resolveLate(false), 5000))]);
    // Whatever happened, end the bot's input so no process outlives the test.
    child.stdin.end();
    expect(stopped).toBe(true);
    expect(logLines(stderr).find((line) => line.msg === 'stopping')).toMatchObject({ reason: 'SIGTERM' });
  }, 30_000);
});

describe('npm start with a bad configuration', () => {
  it('exits 2 with one readable message per problem and never a secret', async () => {
    const run = await start('node', ['src/main.ts'], { DATA_DIR: freshDataDir(), PORT: 'lots', DISCORD_TOKEN: 'TOPSECRET.discord.value', SLACK_APP_TOKEN: 'xapp-TOPSECRET' }, '');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PORT: must be a whole number');
    expect(run.stderr).toContain('DISCORD_APPLICATION_ID: is not set');
    expect(run.stderr).toContain('SLACK_BOT_TOKEN: is not set');
    expect(run.stderr).not.toContain('TOPSECRET');
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(run.stdout).toBe('');
  });

  it('exits 1 within seconds, saying so, when Slack cannot be reached at start', async () => {
    const startedAt = Date.now();
    const run = await start('node', ['src/main.ts'], { DATA_DIR: freshDataDir(), SLACK_BOT_TOKEN: 'xoxb-unreachable', SLACK_APP_TOKEN: 'xapp-unreachable', SLACK_API_URL: 'http://127.0.0.1:9/api/' }, '');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('slack: could not reach the platform (no answer); check the network and SLACK_API_URL');
    // Told in words: the log line has no stack to read.
    expect(logLines(run.stderr).find((line) => line.msg === 'adapter failed to start')).not.toHaveProperty('fault.stack');
    expect(Date.now() - startedAt).toBeLessThan(15_000);
  }, 30_000);

  it('warns that Socket Mode wins when the HTTP mode signing secret is set too', async () => {
    const run = await start('node', ['src/main.ts'], { DATA_DIR: freshDataDir(), SLACK_BOT_TOKEN: 'xoxb-unreachable', SLACK_APP_TOKEN: 'xapp-unreachable', SLACK_SIGNING_SECRET: 'secret-TOPSECRET', SLACK_API_URL: 'http://127.0.0.1:9/api/' }, '');
    const warning = logLines(run.stderr).find((line) => line.level === 40 && String(line.msg).startsWith('SLACK_SIGNING_SECRET is set but SLACK_APP_TOKEN is too'));
    expect(warning).toBeDefined();
    expect(run.stderr).not.toContain('TOPSECRET');
  }, 30_000);

  it('lists the policy file’s problems with the other settings’, in one start', async () => {
    const run = await start('node', ['src/main.ts'], { DATA_DIR: freshDataDir(), PORT: 'lots', POLICY_FILE: 'policies/no-such-policy.yml' }, '');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PORT: must be a whole number');
    expect(run.stderr).toContain('POLICY_FILE: policies/no-such-policy.yml: no such file');
  });

  it('exits 2 naming the problems of a policy file that does not validate', async () => {
    const run = await start('node', ['src/main.ts'], { DATA_DIR: freshDataDir(), POLICY_FILE: 'policies/no-such-policy.yml' }, '');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('POLICY_FILE: policies/no-such-policy.yml does not validate');
    expect(run.stderr).toContain('no such file');
  });

  it('exits 2 saying why when DATA_DIR names a file, or a damaged database, with no stack trace', async () => {
    const dir = freshDataDir();
    const aFile = join(dir, 'not-a-directory');
    writeFileSync(aFile, 'hello');
    const onAFile = await start('node', ['src/main.ts'], { DATA_DIR: aFile }, '');
    expect(onAFile.code).toBe(2);
    expect(onAFile.stderr).toContain('the path is a file, not a directory');
    const damaged = freshDataDir();
    writeFileSync(join(damaged, SQLITE_FILE_NAME), 'this was never a database '.repeat(400));
    const onDamaged = await start('node', ['src/main.ts'], { DATA_DIR: damaged }, '');
    expect(onDamaged.code).toBe(2);
    expect(onDamaged.stderr).toContain('the file is not a database');
    for (const run of [onAFile, onDamaged]) expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
