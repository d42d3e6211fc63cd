import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadZrtherapy } from '../../helpers/policy.ts';

const SEED = readFileSync(new URL('../../../../shared/seed/social-media-policy.txt', import.meta.url), 'utf8');

/** Paragraphs of the seed; a line that is only a heading (no sentence punctuation) is not a passage. */
const headings = (policy: ReturnType<typeof loadZrtherapy>): Set<string> =>
  new Set([
    policy.document.title,
    ...policy.document.sections.map((section) => section.title),
    ...policy.document.clauses.flatMap((clause) => [clause.heading, clause.heading.split(': ').at(-1) ?? '']),
    'Personal social media rules',
    'Policy scope',
    'Responsibilities',
    'Maintain confidentiality',
    'Protect social accounts',
    'Avoid social scams',
    'Monitoring social media use',
    'Potential sanctions',
  ]);

describe('policies/zrtherapy.yml quotes the seed policy', () => {
  const policy = loadZrtherapy();
  const passages = SEED.split('\n').map((line) => line.trimEnd()).filter((line) => line.trim() !== '');
  const bodyPassages = passages.filter((line) => !headings(policy).has(line.trim()));

  it('has the seed passages to compare against', () => {
    expect(bodyPassages.length).toBeGreaterThan(90);
  });

  const occurrences = new Map<string, number>();
  for (const passage of bodyPassages) occurrences.set(passage, (occurrences.get(passage) ?? 0) + 1);

  it.each([...occurrences].map(([passage, count]) => [passage.slice(0, 60), passage, count] as const))(
    'quotes "%s…" verbatim in exactly one clause or section preamble per occurrence in the seed',
    (_, passage, count) => {
      const places = [
        ...policy.document.clauses.flatMap((clause) => clause.text.split('\n\n').filter((paragraph) => paragraph === passage).map(() => clause.id)),
        ...policy.document.sections.flatMap((section) => section.preamble.filter((paragraph) => paragraph === passage).map(() => section.id)),
      ];
      expect(places).toHaveLength(count);
    },
  );

  it('quotes nothing that is not in the seed', () => {
    const seedLines = new Set(passages);
    const quoted = [...policy.document.clauses.flatMap((clause) => clause.text.split('\n\n')), ...policy.document.sections.flatMap((section) => section.preamble)];
    expect(quoted.filter((paragraph) => !seedLines.has(paragraph))).toEqual([]);
  });

  it('has every clause of the catalogue, with its metadata', () => {
    const catalogue = readFileSync(new URL('../../../../shared/spec/clauses.md', import.meta.url), 'utf8');
    const catalogueIds = [...catalogue.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
    expect(policy.document.clauses.map((clause) => clause.id)).toEqual(catalogueIds);
    expect(policy.document.owner.name).toBe('Zayna Ratty');
    expect(policy.document.organisation.domains).toContain('zrtherapy.co.uk');
    expect(policy.document.dates).toEqual({ effective: '2019-01-01', nextReview: '2020-01-01' });
  });
});
