import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parsePolicyDocument } from '../../../src/policy/policy-document.ts';
import { loadPolicyFile } from '../../../src/load-policy-file.ts';
import { ZRTHERAPY_POLICY_FILE } from '../../helpers/policy.ts';

const seedYaml = readFileSync(ZRTHERAPY_POLICY_FILE, 'utf8');
const mutate = (change: (document: Record<string, any>) => void): string => {
  const document = parse(seedYaml) as Record<string, any>;
  change(document);
  return stringify(document);
};
const problemsOf = (yamlText: string): readonly string[] => {
  const outcome = parsePolicyDocument(yamlText);
  return outcome.ok ? [] : outcome.problems;
};

describe('parsePolicyDocument', () => {
  it('accepts the default policy and versions it by its text', () => {
    const first = parsePolicyDocument(seedYaml);
    const edited = parsePolicyDocument(`${seedYaml}\n# a comment changes the version\n`);
    expect(first.ok && edited.ok).toBe(true);
    if (first.ok && edited.ok) {
      expect(first.policy.version).toMatch(/^[0-9a-f]{16}$/);
      expect(edited.policy.version).not.toBe(first.policy.version);
    }
  });

  it('names a duplicate clause id and where it is', () => {
    const text = mutate((document) => {
      document.clauses[12].id = document.clauses[3].id;
    });
    expect(problemsOf(text)).toContain(`clauses[12].id: duplicate id "scope"`);
  });

  it('reports every problem at once, each with its path', () => {
    const text = mutate((document) => {
      delete document.owner.name;
      document.clauses[0].summary = '';
      document.clauses[1].related = ['no.such-clause'];
      document.clauses[2].detectors = ['no-such-detector'];
      document.dates.nextReview = '01/01/2020';
    });
    const problems = problemsOf(text);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^owner\.name: /),
        'clauses[0].summary: must not be empty',
        'clauses[1].related[0]: unknown clause "no.such-clause"',
        'clauses[2].detectors[0]: unknown detector "no-such-detector"',
        expect.stringMatching(/^dates\.nextReview: /),
      ]),
    );
  });

  it('refuses unknown fields rather than ignoring a typo', () => {
    const text = mutate((document) => {
      document.clauses[4].sumary = 'typo';
    });
    expect(problemsOf(text).some((problem) => problem.startsWith('clauses[4]') && problem.includes('sumary'))).toBe(true);
  });

  it('turns broken YAML and a missing file into readable problems, not exceptions', () => {
    expect(problemsOf('clauses: [unclosed')[0]).toMatch(/^\(document\): /);
    // Where it is, and nothing dangling after it.
    expect(problemsOf('organisation:\n  name: [oops\nclauses: x\n')[0]).toMatch(/at line \d+, column \d+$/);
    expect(problemsOf('just a string')).not.toHaveLength(0);
    const missing = loadPolicyFile('/nonexistent/policy.yml');
    expect(missing.ok ? [] : missing.problems).toEqual(['/nonexistent/policy.yml: no such file']);
  });
});
