import { readFileSync } from 'node:fs';
import { parsePolicyDocument, type ParseOutcome } from './policy/policy-document.ts';
import { cachedPolicy, rememberPolicy } from './policy-parse-cache.ts';

/** Reads and validates a policy file; a file that cannot be read is one more problem, not a crash. */
export const loadPolicyFile = (path: string): ParseOutcome => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    return { ok: false, problems: [`${path}: ${reason}`] };
  }
  const cached = cachedPolicy(text);
  if (cached !== undefined) return { ok: true, policy: cached };
  const outcome = parsePolicyDocument(text);
  if (outcome.ok) rememberPolicy(text, outcome.policy);
  return outcome.ok ? outcome : { ok: false, problems: outcome.problems.map((problem) => `${path}: ${problem}`) };
};
