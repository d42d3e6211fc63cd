import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../../src/policy/rules/index.ts';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
/** The detectors that find words staff should not read in a reply. */
const WORD_DETECTORS = new Set(['profanity', 'offensive-content', 'insult-or-threat', 'offensive-phrases']);

describe('detector descriptions', () => {
  // A learned finding's reason quotes its detector's description to the person who asked.
  it.each(DETECTORS.map((detector) => [detector.id, detector.description] as const))('%s names the kind of post without quoting the words it looks for', (_id, description) => {
    const words = checker.check({ text: description }).findings.filter((finding) => WORD_DETECTORS.has(finding.detector));
    expect(words.map((finding) => description.slice(...finding.span))).toEqual([]);
  });
});
