import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askCommand } from '../../../src/cli/ask-command.ts';
import { answerQuestion, MAX_QUESTION_CHARS } from '../../../src/policy/answer-question.ts';
import { isUserError } from '../../../src/policy/errors.ts';
import { loadZrtherapy } from '../../helpers/policy.ts';

const policy = loadZrtherapy();

describe('a question longer than a question', () => {
  it('is refused by the core before any work, with a message for the person', () => {
    const long = 'can I post this? '.repeat(80);
    expect(long.length).toBeGreaterThan(MAX_QUESTION_CHARS);
    let refused: unknown;
    try {
      answerQuestion(policy, long);
    } catch (error) {
      refused = error;
    }
    expect(isUserError(refused)).toBe(true);
    expect((refused as Error).message).toMatch(new RegExp(`under ${MAX_QUESTION_CHARS}`));
    expect(answerQuestion(policy, 'x'.repeat(MAX_QUESTION_CHARS)).clauses).toBeDefined();
  });

  it('gets an error line from the batch CLI, which answers the next line', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    stdin.end(`${JSON.stringify({ id: 'long', question: 'a '.repeat(2 * 1024 * 1024) })}\n${JSON.stringify({ id: 'next', question: 'can I add a client on facebook?' })}\n`);
    const outcome = await askCommand.run({ args: ['--jsonl'], stdin, stdout, stderr: new PassThrough(), loadPolicy: () => policy });
    expect(outcome.exitCode).toBe(0);
    const lines = String(stdout.read()).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ id: 'long' });
    expect(String(lines[0]!.error)).toMatch(/at most 1000 characters/);
    expect(lines[1]).toMatchObject({ id: 'next' });
    expect((lines[1]!.clauses as string[])[0]).toBe('company.client-friend-requests');
  });
});
