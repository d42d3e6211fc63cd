import { describe, expect, it } from 'vitest';
import { lookAlikeCandidates, protectedNames, skeleton } from '../../../src/policy/rules/sharing/protected-names.ts';

describe('lookAlikeCandidates', () => {
  const names = protectedNames(['zrtherapy.co.uk'], ['zrtherapy', 'zrt']);
  const labelsFor = (word: string): string[] => lookAlikeCandidates(names, word, skeleton(word)).map((at) => names.names[at]!.label);

  it('finds the names a word is, looks like, or is one edit from', () => {
    expect(labelsFor('paypal')).toContain('paypal');
    expect(labelsFor('paypa1')).toContain('paypal');
    expect(labelsFor('paypall')).toContain('paypal');
    expect(labelsFor('rnicrosoft')).toContain('microsoft');
    expect(labelsFor('zrtherapy')).toContain('zrtherapy');
    expect(labelsFor('zrtheraphy')).toContain('zrtherapy');
  });

  it('leaves out names a word cannot be, in list order', () => {
    expect(labelsFor('example')).toEqual([]);
    expect(labelsFor('zoomm')).toEqual([]);
    const indices = lookAlikeCandidates(names, 'nhs', skeleton('nhs'));
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
  });

  it('holds every name the host checks compare a word with', () => {
    for (const word of ['paypai', 'amazom', 'g00gle', 'linkedln', 'samaritan', 'dpd', 'bacp', 'hmrc-gov', 'faceb00k', 'whatsap']) {
      const found = new Set(lookAlikeCandidates(names, word, skeleton(word)));
      names.names.forEach((name, at) => {
        const related = name.label === word || name.skeleton === skeleton(word) || (name.label.length >= 6 && Math.abs(name.label.length - word.length) <= 1 && withinOne(word, name.label));
        if (related) expect(found.has(at)).toBe(true);
      });
    }
  });
});

/** A plain reference: one substitution, insertion, deletion or adjacent swap. */
const withinOne = (a: string, b: string): boolean => {
  if (a === b) return true;
  for (let i = 0; i <= Math.max(a.length, b.length); i++) {
    if (a.slice(0, i) + a.slice(i + 1) === b || b.slice(0, i) + b.slice(i + 1) === a) return true;
    if (a.length === b.length && a.slice(0, i) + a.slice(i + 1) === b.slice(0, i) + b.slice(i + 1)) return true;
    if (a.length === b.length && a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2) === b) return true;
  }
  return false;
};
