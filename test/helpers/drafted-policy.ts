import { stringify } from 'yaml';
import { draftPolicyDocument } from '../../src/policy/init/draft-policy-document.ts';
import { parsePolicyDocument, type PolicyDocument } from '../../src/policy/policy-document.ts';
import { DETECTOR_IDS } from '../../src/policy/rules/index.ts';

/** The document `policy init --from-text` drafts from `text`, after it has passed validation. */
export const draftedPolicy = (text: string): PolicyDocument => {
  const outcome = parsePolicyDocument(stringify(draftPolicyDocument(text, { knownDetectors: DETECTOR_IDS }), { lineWidth: 0 }));
  if (!outcome.ok) throw new Error(`the draft does not validate:\n${outcome.problems.join('\n')}`);
  return outcome.policy.document;
};
