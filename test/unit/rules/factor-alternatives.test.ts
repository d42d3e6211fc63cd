import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factorAlternatives, factoredSource } from '../../../src/policy/rules/factor-alternatives.ts';

/** Every match (index and text) of a global pattern, as the scan reads them. */
const matches = (pattern: RegExp, subject: string): string[] => {
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(subject); match; match = pattern.exec(subject)) {
    found.push(`${match.index}:${match[0]}`);
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return found;
};

describe('factoredSource', () => {
  it('groups alternatives by first character, keeping their order within a group', () => {
    expect(factoredSource(String.raw`\b(?:hold|wrong|have|ham|what)(?![a-z])`, 'g')).toBe(String.raw`\b(?:h(?:old|ave|am)|w(?:rong|hat))(?![a-z])`);
    expect(factoredSource(String.raw`\b(?:ab|a|ac)(?![a-z])`, 'g')).toBe(String.raw`\b(?:a(?:b||c))(?![a-z])`);
  });

  it('checks look-behinds before the group just after each first character', () => {
    expect(factoredSource('(?<![a-z])(?:hold|wrong|have)(?![a-z])', 'g')).toBe('(?:h(?<!(?:[a-z])h)(?:old|ave)|w(?<!(?:[a-z])w)rong)(?![a-z])');
    expect(factoredSource(String.raw`(?<![\p{L}\p{N}])(?<!no\s)(?:a\s+b|c|a\s+d[\p{L}\p{N}']*)(?![\p{L}\p{N}])`, 'gu')).toBe(
      String.raw`(?:a(?<!(?:[\p{L}\p{N}])a)(?<!(?:no\s)a)(?:\s+b|\s+d[\p{L}\p{N}']*)|c(?<!(?:[\p{L}\p{N}])c)(?<!(?:no\s)c))(?![\p{L}\p{N}])`,
    );
    // A look-behind holding alternatives of its own keeps them apart from the character it gains.
    expect(factoredSource('(?<=x|yz)(?:ab|cd)', 'g')).toBe('(?:a(?<=(?:x|yz)a)b|c(?<=(?:x|yz)c)d)');
    // A look-ahead or \b before the group cannot move: the group is only grouped.
    expect(factoredSource('(?=a)(?:ab|ac)', 'g')).toBe('(?=a)(?:a(?:b|c))');
    expect(factoredSource('(?=a)(?:ab|cd)', 'g')).toBeUndefined();
  });

  it('opens a group or a plain class at the start of an alternative, keeping what follows each choice', () => {
    expect(factoredSource(String.raw`\b(?:(?:has|got) it|hi)(?![a-z])`, 'g')).toBe(String.raw`\b(?:h(?:as it|i)|got it)(?![a-z])`);
    expect(factoredSource(String.raw`(?<!x)(?:[£$]\d|['’]s|a)`, 'gu')).toBe(String.raw`(?:£(?<!(?:x)£)\d|\$(?<!(?:x)\$)\d|'(?<!(?:x)')s|’(?<!(?:x)’)s|a(?<!(?:x)a))`);
    expect(factoredSource(String.raw`\b(?:a(?:x|y)|(?:ab|(?:ac|b))c)`, 'g')).toBe(String.raw`\b(?:a(?:(?:x|y)|bc|cc)|bc)`);
  });

  it('leaves alone what it cannot move safely or what would not gain', () => {
    // A class that is not a plain list, a group holding an empty alternative, a quantified group.
    expect(factoredSource('(?:ab|[x-z]z|ac)', 'g')).toBeUndefined();
    expect(factoredSource(String.raw`(?:ab|[\sx]z|ac)`, 'g')).toBeUndefined();
    expect(factoredSource('(?:ab|[^x]z|ac)', 'g')).toBeUndefined();
    expect(factoredSource('(?:ab|(?:x|)z|ac)', 'g')).toBeUndefined();
    expect(factoredSource('(?:ab|(?:x|y)?z|ac)', 'g')).toBeUndefined();
    expect(factoredSource('(?:ab|[xy]+z|ac)', 'g')).toBeUndefined();
    // An alternative with no fixed first character, a quantified first character, a capture, a back-reference.
    expect(factoredSource(String.raw`(?:ab|\dz|ac)`, 'g')).toBeUndefined();
    expect(factoredSource('(?:a?b|ac)', 'g')).toBeUndefined();
    expect(factoredSource('(?:ab|ac)(x)', 'g')).toBeUndefined();
    expect(factoredSource(String.raw`(?:ab|ac)\1`, 'g')).toBeUndefined();
    expect(factoredSource('(?<name>ab|ac)', 'g')).toBeUndefined();
    // Case-insensitive: "a" and "A" are one first character.
    expect(factoredSource('(?:ab|ac)', 'gi')).toBeUndefined();
    // Something other than assertions before the group, or a quantified group.
    expect(factoredSource('x(?:ab|ac)', 'g')).toBeUndefined();
    expect(factoredSource('(?:ab|ac)?', 'g')).toBeUndefined();
    // Nothing shares a first character and there is no look-behind to move.
    expect(factoredSource('(?:ab|cd)', 'g')).toBeUndefined();
    expect(factoredSource('(?:a(b|c)d|ae)', 'g')).toBeUndefined();
  });

  it('reads escapes, classes and nested groups without splitting inside them', () => {
    expect(factoredSource(String.raw`(?:a[|)\]]b|a\p{L}|a(?:x|y)|a\|)`, 'gu')).toBe(String.raw`(?:a(?:[|)\]]b|\p{L}|(?:x|y)|\|))`);
  });
});

describe('factorAlternatives', () => {
  it('returns the pattern itself when there is nothing to factor, and one twin per pattern', () => {
    const plain = /(?:ab|cd)/g;
    expect(factorAlternatives(plain)).toBe(plain);
    const phrases = /(?<![a-z])(?:we can|we will|you can)(?![a-z])/g;
    expect(factorAlternatives(phrases)).toBe(factorAlternatives(phrases));
    expect(factorAlternatives(phrases).source).toBe('(?:w(?<!(?:[a-z])w)(?:e can|e will)|y(?<!(?:[a-z])y)ou can)(?![a-z])');
  });

  it('finds exactly the matches of the pattern, in the same places, for any phrases and text', () => {
    const letters = fc.constantFrom('a', 'b', 'c', ' ');
    const plain = fc.array(letters, { minLength: 1, maxLength: 4 }).map((chars) => chars.join('').replace(/ /g, String.raw`\s+`));
    // Some alternatives open with a group of phrases or a plain class, as hand-written patterns do.
    const phrase = fc.oneof(
      plain,
      fc.tuple(fc.array(plain, { minLength: 1, maxLength: 3 }), plain).map(([choices, rest]) => `(?:${choices.join('|')})${rest}`),
      fc.tuple(fc.constantFrom('[ab]', "[c'$]", '[bé]'), plain).map(([set, rest]) => set + rest),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(String.raw`(?<![\p{L}\p{N}])`, String.raw`(?<![\p{L}\p{N}])(?<!b\s)`, String.raw`(?<=\s|^)`, String.raw`\b`, ''),
        fc.array(phrase, { minLength: 2, maxLength: 8 }),
        fc.constantFrom('', "[\\p{L}']*"),
        fc.array(fc.constantFrom('a', 'b', 'c', ' ', '  ', '.', 'é', "'", '$'), { maxLength: 24 }),
        (before, alternatives, suffix, subject) => {
          const pattern = new RegExp(`${before}(?:${alternatives.map((alternative) => alternative + suffix).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
          const twin = factorAlternatives(pattern);
          const text = subject.join('');
          expect(matches(twin, text)).toEqual(matches(pattern, text));
        },
      ),
      { numRuns: 4000 },
    );
  });
});
