import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The bot and its CLI as an operator runs them: real processes from the project root, with an
 * environment that only the test decides (no developer .env value can switch a platform on).
 */

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const PLATFORM_VARIABLES = /^(SLACK_|DISCORD_|BOT_ADAPTERS$|DATABASE_URL$|POLICY_|LOG_LEVEL$|PORT$|DATA_DIR$)/;

/** The test's variables over an environment with every platform, store and policy variable set empty. */
export const botEnvironment = (extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` };
  for (const name of Object.keys(env)) if (PLATFORM_VARIABLES.test(name)) delete env[name];
  // Empty (not absent) so dotenv, which never overrides a set variable, cannot fill them from a .env file.
  for (const name of ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DATABASE_URL', 'BOT_ADAPTERS']) env[name] = '';
  return { ...env, ...extra };
};

/** What a finished process wrote and how it ended. */
export interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `command` to its end with `input` piped to standard input. */
export const runToEnd = (command: string, args: readonly string[], env: Readonly<Record<string, string>>, input = ''): Promise<Finished> =>
  new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env: botEnvironment(env), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(input);
  });

/** `npm run --silent cli -- <args>` with `input` on standard input. */
export const runCli = (args: readonly string[], env: Readonly<Record<string, string>>, input = ''): Promise<Finished> =>
  runToEnd('npm', ['run', '--silent', 'cli', '--', ...args], env, input);

/** JSON lines of a log; other lines (a human message on standard error) are left out. */
export const jsonLines = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** A bot started with `node src/main.ts` that keeps running until stopped. */
export interface RunningBot {
  /** The `ready` log line (adapters, and the HTTP port when one was opened). */
  readonly ready: Record<string, unknown>;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first log line (already written or still to come) that matches. */
  waitForLog(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  /** SIGTERM, then the exit code once the process has ended. */
  stop(): Promise<number | null>;
}

/** Starts the bot and resolves once it logs `ready`; rejects with its standard error if it exits first. */
export const startBot = (env: Readonly<Record<string, string>>): Promise<RunningBot> =>
  new Promise((resolveStart, reject) => {
    const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['src/main.ts'], { cwd: PROJECT_ROOT, env: botEnvironment(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let pending = '';
    const lines: Record<string, unknown>[] = [];
    const waiters: { match: (line: Record<string, unknown>) => boolean; resolve: (line: Record<string, unknown>) => void }[] = [];
    const exited = new Promise<number | null>((resolveExit) => child.on('close', (code) => resolveExit(code)));
    const waitForLog: RunningBot['waitForLog'] = (match) => {
      const found = lines.find(match);
      return found ? Promise.resolve(found) : new Promise((resolveLine) => waiters.push({ match, resolve: resolveLine }));
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      stderr += text;
      pending += text;
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      for (const line of jsonLines(complete.join('\n'))) {
        lines.push(line);
        for (const waiter of [...waiters]) {
          if (waiter.match(line)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(line);
          }
        }
      }
    });
    child.on('error', reject);
    void exited.then((code) => reject(new Error(`the bot exited (${code}) before it was ready:\n${stderr}`)));
    void waitForLog((line) => line.msg === 'ready').then((ready) =>
      resolveStart({
        ready,
        stdout: () => stdout,
        stderr: () => stderr,
        waitForLog,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      }),
    );
  });
