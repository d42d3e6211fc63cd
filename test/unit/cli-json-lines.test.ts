import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerJsonLines } from '../../src/cli/json-lines.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `answerJsonLines` over `input` with an answer that echoes each line's id. */
const answered = async (input: string): Promise<Record<string, unknown>[]> => {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let written = '';
  stdout.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  stdin.end(input);
  await answerJsonLines(stdin, stdout, (value) => ({ id: (value as { id: unknown }).id, seen: true }));
  return written.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
};

describe('JSON Lines batches: one output line per input line', () => {
  it('answers a blank line between items with an error, so outputs stay aligned with inputs', async () => {
    const lines = await answered('{"id":"a"}\n\n   \n{"id":"b"}\n');
    expect(lines.map((line) => line.id)).toEqual(['a', null, null, 'b']);
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2]).toHaveProperty('error');
    expect(lines[3]).toEqual({ id: 'b', seen: true });
  });

  it('gives no answer to blank lines at the end, which follow no item', async () => {
    expect(await answered('{"id":"a"}\n\n\n')).toEqual([{ id: 'a', seen: true }]);
  });

  it('reads a first line that starts with a byte-order mark, and CRLF line ends', async () => {
    const lines = await answered('\uFEFF{"id":"first"}\r\n{"id":"second"}\r\n');
    expect(lines).toEqual([
      { id: 'first', seen: true },
      { id: 'second', seen: true },
    ]);
  });

  it('ends quietly, without a stack trace, when the reader closes the pipe early', () => {
    const drafts = Array.from({ length: 3000 }, (_, index) => JSON.stringify({ id: index, text: 'Our Saturday drop-in is back next month.' })).join('\n');
    const run = spawnSync('sh', ['-c', 'npm run --silent cli -- check --jsonl | head -1'], { cwd: root, input: `${drafts}\n`, encoding: 'utf8', env: { ...process.env, POLICY_FILE: '' } });
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ id: 0, verdict: 'ok' });
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
});
