import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const train = (...args: string[]) => spawnSync(process.execPath, ['scripts/train-question-model.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('training another organisation’s question model', () => {
  it('refuses a questions folder that is missing or holds no questions, with exit 2 and no stack trace', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-questions-'));
    for (const folder of [join(empty, 'missing'), empty]) {
      const run = train('policies/examples/fernhill-advice-centre.yml', folder);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(folder);
      expect(run.stderr).toContain('training/questions/ shows the format');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
