import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/policy/normalise-text.ts';
import { findNamedParties } from '../../../src/policy/rules/named-parties.ts';
import type { OrganisationFacts } from '../../../src/policy/rules/detector.ts';

const organisation: OrganisationFacts = {
  names: ['acme counselling', 'acme'],
  ownDomains: [],
  lexicon: (name) => (name === 'competitor-words' ? ['mindworks'] : []),
};

const parties = (draft: string) => findNamedParties(foldText(draft), organisation).map((party) => `${party.kind}:${party.name}`);

describe('findNamedParties', () => {
  it('finds titled people, plain two-word names and organisations', () => {
    expect(parties('Met Dr Omar Farouk and Lucy Tranter from Greenleaf Psychotherapy today.')).toEqual([
      'person:Dr Omar Farouk',
      'person:Lucy Tranter',
      'organisation:Greenleaf Psychotherapy',
    ]);
  });

  it('drops an ordinary sentence-initial word and keeps the name after it', () => {
    expect(parties('Avoid Kestrel Computing Ltd. Beware Hollow Lane Wellbeing Trust too.')).toEqual([
      'organisation:Kestrel Computing Ltd',
      'organisation:Hollow Lane Wellbeing Trust',
    ]);
  });

  it('reads "the" + capitalised words as an organisation and strips possessives', () => {
    expect(parties("Quoted in the Evening Lantern. Have you seen Oakmere Clinic's site?")).toEqual([
      'organisation:Evening Lantern',
      'organisation:Oakmere Clinic',
    ]);
  });

  it('uses the policy lexicon for sector words', () => {
    expect(parties('Tea with Fenland Mindworks later.')).toEqual(['organisation:Fenland Mindworks']);
  });

  it('leaves out the organisation itself, places, events, days and pronouns', () => {
    expect(parties('At Acme Counselling we love Riverside Park. Stress Awareness Week starts Monday. I Love It.')).toEqual([]);
  });

  it('counts other @accounts as parties, but not the organisation\'s own', () => {
    expect(parties('@acme_counselling thanks! And hello @kestrel_hr.')).toEqual(['handle:@kestrel_hr']);
  });

  it('finds organisation names in a draft typed all in lower case, but not kinds of service', () => {
    expect(parties('honestly fernhill counselling took my deposit. grief counselling is hard enough.')).toEqual(['organisation:fernhill counselling']);
  });

  it('reports spans into the original draft', () => {
    const draft = 'Thanks to Ｄｒ Ruth Avery!';
    const [party] = findNamedParties(foldText(draft), organisation);
    expect(party && draft.slice(...party.span)).toBe('Ｄｒ Ruth Avery');
  });
});

describe('findNamedParties: how words are cut out of the draft', () => {
  it('keeps joined words whole and ends a handle before its trailing full stop', () => {
    expect(parties("Spoke to Mary-Jane O'Neill, then @brightpath_team.")).toEqual(["person:Mary-Jane O'Neill", 'handle:@brightpath_team']);
  });

  it('does not join across a joiner with no letter after it', () => {
    expect(parties("Met Tomasz Brzęczyszczykiewicz - and Priya Shah' later")).toEqual(['person:Tomasz Brzęczyszczykiewicz', 'person:Priya Shah']);
  });

  it('reads letters outside the Basic Multilingual Plane as letters, and a lone @ or # as nothing', () => {
    expect(parties('Thanks 𐐀lan 𐐀sher @ # for everything')).toEqual(['person:𐐀lan 𐐀sher']);
  });
});

describe('findNamedParties: capitals beyond ASCII', () => {
  it('reads a draft as typed in lower case only when it has no capital at all, whatever the script', () => {
    expect(parties('met with northfield counselling today')).toEqual(['organisation:northfield counselling']);
    expect(parties('élodie met with northfield counselling today')).toEqual(['organisation:northfield counselling']);
    // One capital, even a non-ASCII one, means capitals mark the names.
    expect(parties('Élodie met with northfield counselling today')).toEqual([]);
  });

  it('starts names at capitals outside ASCII', () => {
    expect(parties('Éric Dubois and Ñuria Vidal came')).toEqual(['person:Éric Dubois', 'person:Ñuria Vidal']);
  });
});
