import { z } from 'zod';
import { checkerFor } from '../policy/check-draft.ts';
import type { ParsedPolicy } from '../policy/policy-document.ts';
import { formatPath } from '../policy/policy-document.ts';
import type { CliCommand } from './cli-command.ts';
import { answerJsonLines } from './json-lines.ts';

const checkLine = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  text: z.string({ error: 'text must be a string' }),
  account: z.enum(['company', 'personal'], { error: 'account must be "company" or "personal"' }).optional(),
});

/** `check --jsonl`: one verdict per draft, see cli-contract.md. */
export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'check --jsonl < drafts.jsonl',
  run: async ({ args, stdin, stdout, loadPolicy }) => {
    if (!args.includes('--jsonl')) return { exitCode: 2, message: 'usage: check --jsonl < drafts.jsonl' };
    const policy: ParsedPolicy = loadPolicy();
    const checker = checkerFor(policy);
    await answerJsonLines(stdin, stdout, (value) => {
      const parsed = checkLine.safeParse(value);
      if (!parsed.success) {
        const id = typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : null;
        return { id, error: parsed.error.issues.map((issue) => `${formatPath(issue.path, '(line)')}: ${issue.message}`).join('; ') };
      }
      const { id, text, account } = parsed.data;
      const result = checker.check({ text, account });
      return { id: id ?? null, verdict: result.verdict, findings: result.findings };
    });
    return { exitCode: 0 };
  },
};
