import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const made: string[] = [];
afterEach(() => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('the batch CLI and the literal gate cache', () => {
  it('keeps the rules pattern analyses on disk, as the bot does, so the next batch starts sooner', () => {
    // A temporary directory of its own: the cache lives under the system's temporary directory.
    const temporary = mkdtempSync(join(tmpdir(), 'policy-bot-cli-cache-'));
    made.push(temporary);
    const run = spawnSync(process.execPath, ['src/cli/main.ts', 'check', '--jsonl'], {
      cwd: root,
      input: `${JSON.stringify({ id: 1, text: 'Open evening on Thursday, all welcome.' })}\n`,
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: temporary, POLICY_FILE: '' },
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 1, verdict: 'ok' });
    expect(existsSync(join(temporary, `policy-bot-cache-${userInfo().uid}`, 'literal-gate.cache'))).toBe(true);
  });
});
