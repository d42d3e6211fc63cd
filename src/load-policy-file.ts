import { readFileSync } from 'node:fs';
import { parsePolicyDocument, type ParseOutcome } from './policy/policy-document.ts';

/** Reads and validates a policy file; a file that cannot be read is one more problem, not a crash. */
export const loadPolicyFile = (path: string): ParseOutcome => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    return { ok: false, problems: [`${path}: ${reason}`] };
  }
  const outcome = parsePolicyDocument(text);
  return outcome.ok ? outcome : { ok: false, problems: outcome.problems.map((problem) => `${path}: ${problem}`) };
};
