import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { draftPolicyDocument } from '../../../src/policy/init/draft-policy-document.ts';
import { findMetadata } from '../../../src/policy/init/find-metadata.ts';
import { DETECTORS_WITH_CUES } from '../../../src/policy/init/suggest-detectors.ts';
import { parsePolicyDocument } from '../../../src/policy/policy-document.ts';
import { DETECTOR_IDS } from '../../../src/policy/rules/index.ts';

const SEED = readFileSync(new URL('../../../../shared/seed/social-media-policy.txt', import.meta.url), 'utf8');
const draftOf = (text: string) => draftPolicyDocument(text, { knownDetectors: DETECTOR_IDS });
const parsed = (text: string) => {
  const outcome = parsePolicyDocument(stringify(draftOf(text)));
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.policy.document;
};

describe('policy init --from-text on the seed', () => {
  const document = parsed(SEED);
  const quoted = [...document.clauses.flatMap((clause) => clause.text.split('\n\n')), ...document.sections.flatMap((section) => section.preamble)];

  it('drafts a document that validates, with the metadata the text gives', () => {
    expect(document.organisation.name).toBe('ZRTherapy');
    expect(document.owner.name).toBe('Zayna Ratty');
    expect(document.dates).toEqual({ effective: '2019-01-01', nextReview: '2020-01-01' });
    expect(document.clauses.length).toBeGreaterThan(30);
  });

  it('quotes only the seed, verbatim, and every sentence-bearing line of it', () => {
    const seedLines = new Set(SEED.split('\n').map((line) => line.trimEnd()));
    expect(quoted.filter((paragraph) => !seedLines.has(paragraph))).toEqual([]);
    const sentences = SEED.split('\n').map((line) => line.trimEnd()).filter((line) => /[.:]$/.test(line));
    expect(sentences.filter((line) => !quoted.includes(line))).toEqual([]);
  });

  it('makes the basic advice the walkthrough, one clause per piece of advice', () => {
    const steps = document.walkthrough?.steps ?? [];
    expect(steps).toHaveLength(8);
    const headings = steps.map((id) => document.clauses.find((clause) => clause.id === id)?.heading);
    expect(headings[0]).toBe('Know the social network');
    expect(headings.at(-1)).toBe("Don't escalate things");
  });

  it('splits a "must not" list into one clause per rule, keeping explanations with their rule', () => {
    const defamation = document.clauses.find((clause) => clause.text.includes('**defamatory or incur liability**'));
    const inappropriate = document.clauses.find((clause) => clause.text.includes('**content that is inappropriate**'));
    expect(defamation?.text).not.toContain('inappropriate');
    expect(inappropriate?.text).toContain('Inappropriate content includes:');
    expect(inappropriate?.detectors).toEqual(expect.arrayContaining(['profanity']));
  });

  it('binds the detectors the wording calls for, as caution where the clause asks for a check', () => {
    const promises = document.clauses.find((clause) => clause.heading === "Don't make promises without checking");
    expect(promises?.detectors).toEqual([{ detector: 'promise', severity: 'caution' }]);
    expect(promises?.severity).toBe('caution');
  });
});

describe('findMetadata', () => {
  it('reads day-first UK dates, ISO dates, owners and domains', () => {
    const text = 'Owned by: Priya Shah\nAdopted on 3/4/2024. Reviewed annually; next review date 2025-04-03.\nSee www.example.org.uk/help and at Acme Ltd we care. Staff at Acme Ltd must comply.';
    expect(findMetadata(text)).toEqual({
      organisation: 'Acme Ltd',
      owner: 'Priya Shah',
      effective: '2024-04-03',
      nextReview: '2025-04-03',
      domains: ['example.org.uk'],
    });
  });

  it('leaves out what the text does not say', () => {
    expect(findMetadata('Be kind online.')).toEqual({ organisation: undefined, owner: undefined, effective: undefined, nextReview: undefined, domains: [] });
  });
});

describe('suggested bindings', () => {
  it('know a cue for every detector the checker has, so a new detector is never left unbound by init', () => {
    expect([...DETECTOR_IDS].filter((id) => !DETECTORS_WITH_CUES.has(id))).toEqual([]);
  });
});
