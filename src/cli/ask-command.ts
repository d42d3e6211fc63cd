import { z } from 'zod';
import { answerQuestion, MAX_QUESTION_CHARS } from '../policy/answer-question.ts';
import { formatPath } from '../policy/policy-document.ts';
import type { CliCommand } from './cli-command.ts';
import { answerJsonLines } from './json-lines.ts';

const askLine = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  question: z
    .string({ error: 'question must be a string' })
    .trim()
    .min(1, 'question must not be empty')
    .max(MAX_QUESTION_CHARS, `question must be at most ${MAX_QUESTION_CHARS} characters`),
});

/** `ask --jsonl`: one answer per question, see cli-contract.md. Questions are never logged. */
export const askCommand: CliCommand = {
  name: 'ask',
  usage: 'ask --jsonl < questions.jsonl',
  run: async ({ args, stdin, stdout, loadPolicy }) => {
    if (!args.includes('--jsonl')) return { exitCode: 2, message: 'usage: ask --jsonl < questions.jsonl' };
    const policy = loadPolicy();
    await answerJsonLines(stdin, stdout, (value) => {
      const parsed = askLine.safeParse(value);
      if (!parsed.success) {
        const id = typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : null;
        return { id, error: parsed.error.issues.map((issue) => `${formatPath(issue.path, '(line)')}: ${issue.message}`).join('; ') };
      }
      const { id, question } = parsed.data;
      const answer = answerQuestion(policy, question);
      return { id: id ?? null, clauses: answer.clauses, answer: answer.answer };
    });
    return { exitCode: 0 };
  },
};
