import { parsePolicyDocument, type ParseOutcome } from './policy/policy-document.ts';
import { parsePolicyText, readPolicyFile } from './read-policy-file.ts';

/** Reads and validates a policy file; a file that cannot be read is one more problem, not a crash. */
export const loadPolicyFile = (path: string): ParseOutcome => {
  const read = readPolicyFile(path);
  return 'outcome' in read ? read.outcome : parsePolicyText(path, read.text, parsePolicyDocument);
};
