import { runToEnd, type Finished } from './bot-process.ts';

/**
 * Many inputs through one `node src/main.ts` shell session (no tokens, piped input), with the
 * output cut back into one answer per input. After each input the session gets an unknown
 * command named `zzsplit<n>`; its one-line refusal quotes that name and marks where an answer ends.
 */

export interface ShellSession {
  readonly run: Finished;
  /** The shell's answer to each input line, in order. */
  readonly answers: readonly string[];
}

const marker = (index: number): string => `zzsplit${index}`;

/** Runs `lines` (each exactly as typed) and splits the output per line. */
export const runShellSession = async (lines: readonly string[], env: Readonly<Record<string, string>>): Promise<ShellSession> => {
  const input = lines.map((line, index) => `${line}\n/policy ${marker(index)}\n`).join('');
  const run = await runToEnd(process.execPath, ['src/main.ts'], env, input);
  const answers: string[] = [];
  let current: string[] = [];
  for (const line of run.stdout.split('\n')) {
    if (line.includes(`the command "${marker(answers.length)}"`)) {
      answers.push(current.join('\n').trim());
      current = [];
    } else {
      current.push(line);
    }
  }
  if (answers.length !== lines.length) throw new Error(`the shell answered ${answers.length} of ${lines.length} lines (exit ${run.code}):\n${run.stderr}`);
  return { run, answers };
};
