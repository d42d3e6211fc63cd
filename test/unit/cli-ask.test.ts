import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (args: readonly string[], input = '') =>
  spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, POLICY_FILE: '' } });

describe('ask --jsonl', () => {
  it('answers one line per question, in order, and carries on past bad lines', () => {
    const input = [
      { id: 'a', question: 'can I accept a follow request from somebody I saw for therapy last year?' },
      { id: 7, question: 'who is the fire warden on the second floor?' },
      { id: 'no-question' },
      { id: 'empty', question: '   ' },
    ]
      .map((line) => JSON.stringify(line))
      .concat(['{not json', JSON.stringify({ id: 'b', question: 'should the company accounts use mfa' })])
      .join('\n');
    const run = cli(['ask', '--jsonl'], `${input}\n`);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.id)).toEqual(['a', 7, 'no-question', 'empty', null, 'b']);
    expect((lines[0]!.clauses as string[])[0]).toBe('company.client-friend-requests');
    expect(lines[0]!.answer).toMatch(/^No — /);
    expect(lines[1]).toMatchObject({ clauses: [] });
    expect(lines[1]!.answer).toMatch(/^I don't know .*Zayna Ratty/);
    for (const bad of lines.slice(2, 5)) {
      expect(bad).toHaveProperty('error');
      expect(bad).not.toHaveProperty('clauses');
    }
    expect((lines[5]!.clauses as string[])[0]).toBe('security.two-factor');
    for (const line of [lines[0]!, lines[5]!]) expect((line.clauses as string[]).length).toBeLessThanOrEqual(5);
  });

  it('asks for --jsonl', () => {
    const run = cli(['ask']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });
});

describe('explain', () => {
  it('prints the clause for a topic with its id, quote and summary, exit 0', () => {
    const run = cli(['explain', '2fa']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('security.two-factor');
    expect(run.stdout).toContain('two-factor authentication');
  });

  it('lists the topics without a topic and suggests topics for an unknown one', () => {
    const topics = cli(['explain']);
    expect(topics.status).toBe(0);
    expect(topics.stdout).toContain('Security and data protection');
    const unknown = cli(['explain', 'annual', 'leave']);
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toContain('Did you mean');
    const nowhere = cli(['explain', 'qwertyuiop']);
    expect(nowhere.status).toBe(1);
    expect(nowhere.stdout).not.toContain('Did you mean');
    expect(nowhere.stdout).toContain('Some places to start');
  });
});
