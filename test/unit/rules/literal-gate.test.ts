import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/policy/normalise-text.ts';
import { gated, gatedPatterns, mayMatch } from '../../../src/policy/rules/literal-gate.ts';
import { requiredClauses } from '../../../src/policy/rules/regex-literals.ts';
import { zrtherapyChecker } from '../../helpers/policy.ts';
import { TWEET_CORPUS } from '../../../bench/fixtures/tweet-corpus.ts';

/** Whether some clause has, for each of its sets, a literal inside `text`. */
const satisfied = (clauses: readonly (readonly (readonly string[])[])[], text: string): boolean =>
  clauses.some((clause) => clause.every((set) => set.some((literal) => text.includes(literal))));

describe('requiredClauses', () => {
  it('reads the words a phrase alternation needs, one clause per alternative', () => {
    const clauses = requiredClauses(/(?<![\p{L}])(?:you\s+never\s+listen|stop\s+whining)(?![\p{L}])/gu)!;
    expect(clauses).toHaveLength(2);
    expect(clauses[0]!.flat()).toEqual(expect.arrayContaining([' listen', ' never ']));
    expect(clauses[1]!.flat()).toEqual(expect.arrayContaining([' whining']));
  });

  it('reads whitespace as a space, which the gate treats every whitespace character as', () => {
    expect(requiredClauses(/vote\s+her\s+out/)![0]!.flat()).toEqual(expect.arrayContaining(['vote ', ' her ', ' out']));
    expect(requiredClauses(/tea[\s-]pot/)).toEqual([[['tea pot', 'tea-pot']]]);
  });

  it('spells optional and alternative pieces out when there are few', () => {
    expect(requiredClauses(/tea(?:['’]s)?pot/)).toEqual([[["tea'spot", 'tea’spot', 'teapot']]]);
    expect(requiredClauses(/(?:cup|mug)s? of/)![0]![0]).toEqual(['cups of', 'cup of', 'mugs of', 'mug of']);
  });

  it('lower-cases the literals of a case-insensitive pattern and gives up on letters it cannot fold safely', () => {
    expect(requiredClauses(/Kettle/i)).toEqual([[['kettle']]]);
    expect(requiredClauses(/ñú/i)).toBeUndefined();
    expect(requiredClauses(/ñandú/i)).toEqual([[['and']]]);
  });

  it('requires nothing when an alternative can match without a literal', () => {
    expect(requiredClauses(/biscuit|\d+/)).toBeUndefined();
    expect(requiredClauses(/(?:)/)).toBeUndefined();
    expect(requiredClauses(/x*/)).toBeUndefined();
  });

  it('joins a repeated piece to its neighbours by the strings it starts and ends with', () => {
    // "b+" starts and ends with "b": every match holds "ab" and "bc", not just "a", "b" and "c".
    expect(requiredClauses(/ab+c/)![0]!.flat()).toEqual(expect.arrayContaining(['ab', 'bc']));
    expect(requiredClauses(/ab+c/)![0]!.flat()).not.toContain('a');
    // "(?:xy)+" may repeat: "wxy" before it and "xyz" after it are sound, "wxyz" is not.
    const repeated = requiredClauses(/w(?:xy)+z/)![0]!.flat();
    expect(repeated).toEqual(expect.arrayContaining(['wxy', 'xyz']));
    expect(satisfied(requiredClauses(/w(?:xy)+z/)!, 'wxyxyz')).toBe(true);
    expect(repeated).not.toContain('wxyz');
  });

  it('ignores what lookarounds and anchors check, and keeps classes it can list', () => {
    expect(requiredClauses(/^(?<=a)(?!b)[xy]z$/)).toEqual([[['xz', 'yz']]]);
    expect(requiredClauses(/[^a]bc/)).toEqual([[['bc']]]);
  });
});

// Fragments of a pattern's own source that read as text ("you never listen"), so generated
// drafts often match the pattern and the property is exercised on real matches.
const fragmentsOf = (pattern: RegExp): string[] => {
  const readable = pattern.source.replace(/\\s[+*?]?/g, ' ').replace(/\\[pPdDwWbB](?:\{[^}]*\})?/g, '|');
  return [...new Set(readable.split(/[^a-z0-9'’ £$%&-]+/).map((part) => part.trim()).filter((part) => part.length >= 2))];
};

describe('the literal gate', () => {
  // Loading the checker registers every module pattern; checking a few drafts registers those findAll meets.
  const checker = zrtherapyChecker();
  for (const text of TWEET_CORPUS) checker.check({ text });
  const patterns = gatedPatterns();

  it('gates most detector patterns', () => {
    expect(patterns.length).toBeGreaterThan(100);
  });

  it('never holds back a pattern that matches the draft (generated drafts built from its own words)', () => {
    let matched = 0;
    for (const pattern of patterns) {
      const fragments = fragmentsOf(pattern);
      if (fragments.length === 0) continue;
      const probe = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', ', ', '. ', ' the '), (parts, joiner) => {
          const draft = foldText(`${parts.join(joiner)} today`);
          if (!probe.test(draft.folded)) return true;
          matched += 1;
          return mayMatch(draft, pattern);
        }),
        { numRuns: 40, seed: 7 },
      );
    }
    // The property only means something if generated drafts do match.
    expect(matched).toBeGreaterThan(500);
  });

  it('never holds back a pattern that matches a real draft', () => {
    for (const text of TWEET_CORPUS) {
      const draft = foldText(text);
      for (const pattern of patterns) {
        const probe = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
        if (probe.test(draft.folded)) expect(mayMatch(draft, pattern), pattern.source.slice(0, 80)).toBe(true);
      }
    }
  });

  it('holds back a pattern whose words are missing, and lets it through once they are there', () => {
    const pattern = gated(/(?<![a-z])(?:kettle\s+descaler|teapot\s+cosy)(?![a-z])/g);
    expect(satisfied(requiredClauses(pattern)!, 'the kettle descaler')).toBe(true);
    // Registered after the automaton was built, it may run ungated until the next rebuild, some drafts later.
    for (let draft = 0; draft < 70; draft++) mayMatch(foldText(`draft number ${draft}`), pattern);
    expect(mayMatch(foldText('We have new mugs in the staff room.'), pattern)).toBe(false);
    expect(mayMatch(foldText('The TEAPOT COSY is back from the wash'), pattern)).toBe(true);
  });

  it('tells a one-character literal and an emoji from other punctuation', () => {
    const handle = gated(/(?<![a-z])(?:@[a-z]+|£\d+)/g);
    const hush = gated(/🤫|🤐/gu);
    for (let draft = 0; draft < 70; draft++) mayMatch(foldText(`yet another draft ${draft}`), handle);
    const punctuated = foldText('Back at 3: bring mugs, spoons... and see https://example.org/news!');
    expect(mayMatch(punctuated, handle)).toBe(false);
    expect(mayMatch(punctuated, hush)).toBe(false);
    expect(mayMatch(foldText('thanks @jo'), handle)).toBe(true);
    expect(mayMatch(foldText('only £5'), handle)).toBe(true);
    expect(mayMatch(foldText('say nothing 🤫'), hush)).toBe(true);
  });

  it('holds a phrase back when its words are only parts of other words, and lets it through across any whitespace', () => {
    const phrase = gated(/(?<![a-z])vote\s+her\s+out(?![a-z])/g);
    for (let draft = 0; draft < 70; draft++) mayMatch(foldText(`one more draft ${draft}`), phrase);
    expect(mayMatch(foldText('Vote for the other lot if you care about anything at all.'), phrase)).toBe(false);
    expect(mayMatch(foldText('time to vote her\tout\u00a0today'), phrase)).toBe(true);
    expect(mayMatch(foldText('vote  her\n\nout'), phrase)).toBe(true);
  });

  it('finds a required literal wherever it sits in a draft of any length (the scan reads long drafts in overlapping lanes)', () => {
    const pattern = gated(/(?<![a-z])(?:saucer\s+rack)(?![a-z])/g);
    for (let draft = 0; draft < 70; draft++) mayMatch(foldText(`another draft ${draft}`), pattern);
    const filler = 'we have new mugs in the staff room and biscuits by the door. '.repeat(4);
    for (let length = 0; length <= 160; length++) {
      const around = filler.slice(0, length);
      expect(mayMatch(foldText(around), pattern), `${length} characters without it`).toBe(false);
      for (let at = 0; at <= length; at++) {
        expect(mayMatch(foldText(`${around.slice(0, at)}saucer rack${around.slice(at)}`), pattern), `at ${at} of ${length}`).toBe(true);
      }
    }
    // Long drafts too, the literal near either end (the scan's notes grow with the draft).
    const long = filler.repeat(40);
    expect(mayMatch(foldText(long), pattern)).toBe(false);
    expect(mayMatch(foldText(`saucer rack ${long}`), pattern)).toBe(true);
    expect(mayMatch(foldText(`${long} saucer rack`), pattern)).toBe(true);
  });
});
