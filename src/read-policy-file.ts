import { readFileSync } from 'node:fs';
import type { ParseOutcome } from './policy/policy-document.ts';
import { cachedPolicy, rememberPolicy } from './policy-parse-cache.ts';
import { lazyQuestionModel } from './question-model-loader.ts';

/**
 * Reading a policy file, apart from parsing it: a start whose policy is in the parse cache never
 * loads the parser (yaml, the schema, and through the cross-reference checks every rule).
 */

/** What reading found: an outcome already (unreadable file, or cached), or text to parse. */
export type PolicyFileRead = { readonly outcome: ParseOutcome } | { readonly text: string };

/** Reads `path`; a file that cannot be read is one more problem, not a crash. */
export const readPolicyFile = (path: string): PolicyFileRead => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    return { outcome: { ok: false, problems: [`${path}: ${reason}`] } };
  }
  const cached = cachedPolicy(text);
  return cached === undefined ? { text } : { outcome: withQuestionModel(path, { ok: true, policy: cached }) };
};

/** A valid policy gets its question model (read on first use) from beside its file. */
const withQuestionModel = (path: string, outcome: ParseOutcome): ParseOutcome =>
  outcome.ok ? { ok: true, policy: { ...outcome.policy, questionModel: lazyQuestionModel(path, outcome.policy.document) } } : outcome;

/** Parses `text` read from `path`: a valid policy is cached for the next start, problems name the file. */
export const parsePolicyText = (path: string, text: string, parse: (text: string) => ParseOutcome): ParseOutcome => {
  const outcome = parse(text);
  if (outcome.ok) rememberPolicy(text, outcome.policy);
  return outcome.ok ? withQuestionModel(path, outcome) : { ok: false, problems: outcome.problems.map((problem) => `${path}: ${problem}`) };
};

/**
 * Like `loadPolicyFile`, but the parser is imported only when the cache does not have the file's
 * text, and `beforeParse` runs first then (the parser's cross-reference checks load every rule,
 * whose patterns should meet the literal gate's disk cache already installed).
 */
export const loadPolicyFileLazily = async (path: string, beforeParse?: () => Promise<void>): Promise<ParseOutcome> => {
  const read = readPolicyFile(path);
  if ('outcome' in read) return read.outcome;
  await beforeParse?.().catch(() => undefined);
  const { parsePolicyDocument } = await import('./policy/policy-document.ts');
  return parsePolicyText(path, read.text, parsePolicyDocument);
};
