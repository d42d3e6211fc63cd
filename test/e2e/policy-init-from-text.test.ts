import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/load-policy-file.ts';
import { ACME_BAKERY_POLICY } from '../helpers/acme-bakery-policy.ts';

/**
 * From a plain-text policy to answers, as a policy owner does it (README, "Use your own
 * policy"): `policy init --from-text`, `policy validate`, then `ask` with POLICY_FILE pointing
 * at the draft. Asked about a forbidden act, the bot must not quote the act as if allowed.
 */
const directory = mkdtempSync(join(tmpdir(), 'policy-init-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const cli = (args: readonly string[], env: Record<string, string> = {}, input = '') =>
  spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], {
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, POLICY_FILE: '', ...env },
    input,
    encoding: 'utf8',
  });

describe('policy init --from-text, then ask', () => {
  const textFile = join(directory, 'acme.txt');
  const policyFile = join(directory, 'acme.yml');
  writeFileSync(textFile, ACME_BAKERY_POLICY);

  it('drafts a policy that validates and loads', () => {
    const init = cli(['policy', 'init', '--from-text', textFile]);
    expect(init.status).toBe(0);
    writeFileSync(policyFile, init.stdout);
    const validate = cli(['policy', 'validate', policyFile]);
    expect(validate.stdout).toMatch(/^ok: \d+ clauses/);
    expect(validate.status).toBe(0);
    // The drafted rules no detector was bound to are named, so the owner binds them before relying on checks.
    expect(validate.stderr).toMatch(/note: \S+ is a stop rule that no check cites/);
    const loaded = loadPolicyFile(policyFile);
    expect(loaded.ok && loaded.policy.document.organisation.name).toBe('Acme Bakery');
  });

  it('answers a question about a forbidden act by saying it is forbidden', () => {
    const questions = [
      { id: 'phone', question: "Can I share a customer's phone number?" },
      { id: 'photo', question: 'can I post a photo of a customer?' },
    ];
    const ask = cli(['ask', '--jsonl'], { POLICY_FILE: policyFile }, `${questions.map((line) => JSON.stringify(line)).join('\n')}\n`);
    expect(ask.status).toBe(0);
    const answers = ask.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; answer: string; clauses: string[] });
    expect(answers.map((answer) => answer.id)).toEqual(['phone', 'photo']);
    for (const { answer, clauses } of answers) {
      expect(clauses.length).toBeGreaterThan(0);
      expect(answer).toMatch(/^The policy says: Staff must not /);
      expect(answer).not.toMatch(/The policy says: (?:Share|Post)\b/);
      expect(answer).toContain('"Staff must not:\n\n-'); // the quote keeps the line that forbids
    }
    expect(answers[0]!.answer).toContain("Staff must not share a customer's name or phone number.");
  });
});
