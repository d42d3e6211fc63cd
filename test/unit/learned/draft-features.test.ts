import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountFeature, accountFeatureHash, draftFeatures, FeatureHashes, featureHashesOfTokens, featuresOfTokens, tokensOf } from '../../../src/policy/learned/draft-features.ts';
import { createHashTable, hashText } from '../../../src/policy/learned/feature-hash.ts';
import { foldText } from '../../../src/policy/normalise-text.ts';

const facts = { names: ['acme wellbeing', 'acme'] };
const words = (text: string) => tokensOf(foldText(text).folded, facts).map((token) => token.text);

describe('draft features', () => {
  it('reads links, e-mail addresses and handles as one shape each', () => {
    expect(words('See https://example.org/a?b=1 or www.example.com, mail jo@example.net, ping @jo_b')).toEqual([
      'see', '#link', 'or', '#link', 'mail', '#email', 'ping', '#handle',
    ]);
    expect(words('read more at example.co.uk/blog')).toEqual(['read', 'more', 'at', '#link']);
  });

  it('turns values that never repeat into shapes: money, clock times, long numbers', () => {
    expect(words('We took £12,500 by 4pm, ref 99812345')).toEqual(['we', 'took', '#money', 'by', '#time', 'ref', '#longnumber']);
    expect(words('only 3 left')).toEqual(['only', '#number', 'left']);
  });

  it("reads digits written for letters as the word meant, and keeps the organisation's name neutral", () => {
    expect(words('what a j0ke, Acme!')).toEqual(['what', 'a', 'joke', '#org', '!']);
    expect(words("don't")).toEqual(['dont']);
  });

  it('keeps emoji and question or exclamation marks, which carry tone', () => {
    expect(words('Really? 🙄')).toEqual(['really', '?', '🙄']);
  });

  it('gives token offsets into the folded text', () => {
    const folded = foldText('Hi there').folded;
    const [first, second] = tokensOf(folded, facts);
    expect(folded.slice(first!.start, first!.end)).toBe('hi');
    expect(folded.slice(second!.start, second!.end)).toBe('there');
  });

  it('adds the account, stems of long words and neighbouring pairs', () => {
    const features = draftFeatures(foldText('Incompetent people').folded, 'personal', facts);
    expect(features).toEqual(['#account:personal', 'incompetent', 'incom~', '#start incom~', 'people', 'incom~ people']);
    expect(draftFeatures('', undefined, facts)).toEqual(['#account:none']);
  });

  it('stays linear on long hostile input', () => {
    const started = performance.now();
    const tokens = tokensOf(foldText('a@'.repeat(3000)).folded, facts);
    expect(tokens.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('feature hashes', () => {
  const drafts = [
    'Incompetent people, honestly 🙄 call 07700 900123 or see https://example.org',
    "Don't tell Acme about the £12,500 — a j0ke, obviously!!",
    'Ｗｅ ｇｕａｒａｎｔｅｅ results by 4pm',
    'a b c',
    '',
  ];

  it('are exactly the hashes of the feature texts that training sees, in the same order', () => {
    for (const draft of drafts) {
      const tokens = tokensOf(foldText(draft).folded, facts);
      const fromText: [number, number][] = [];
      featuresOfTokens(tokens, (feature, token) => fromText.push([hashText(feature), token]));
      const hashed: [number, number][] = [];
      featureHashesOfTokens(tokens, (hash, token) => hashed.push([hash, token]));
      expect(hashed).toEqual(fromText);
    }
    expect(accountFeatureHash('personal')).toBe(hashText(accountFeature('personal')));
    expect(accountFeatureHash(undefined)).toBe(hashText(accountFeature(undefined)));
  });

  it('are read straight from the draft as training sees them, one reader reused for draft after draft', () => {
    const reader = new FeatureHashes();
    const longer = `${drafts[0]} Acme's acme, ACME!! ${'wonderful '.repeat(40)}🙄`;
    for (const draft of [...drafts, longer, 'a\ud83d']) {
      const folded = foldText(draft).folded;
      reader.read(folded, 'company', facts);
      expect([...reader.hashes.subarray(0, reader.count)]).toEqual(draftFeatures(folded, 'company', facts).map((feature) => hashText(feature)));
      expect([...reader.tokenStarts.subarray(0, reader.tokenCount)]).toEqual(tokensOf(folded, facts).map((token) => token.start));
    }
  });

  it('match the feature texts on any mix of words of every length, marks, shapes and names', () => {
    const pieces = ['a', 'ab', 'abcde', 'abcdef', 'abcdefg', 'incompetent', "don't", 'f*ck', 'j0ke', '£65', '4pm', '2.5', 'acme', '@jo', 'x.com', '🙄', 'é', '!', '?', ',', ' ', '\n'];
    const reader = new FeatureHashes();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const folded = foldText(parts.join('')).folded;
        reader.read(folded, undefined, facts);
        expect([...reader.hashes.subarray(0, reader.count)]).toEqual(draftFeatures(folded, undefined, facts).map((feature) => hashText(feature)));
      }),
      { numRuns: 500 },
    );
  });

  it('continue: the hash of "a b" is the hash of "a" continued by " b"', () => {
    expect(hashText(' b', hashText('a'))).toBe(hashText('a b'));
  });
});

describe('the hash table', () => {
  it('finds every key it was given and misses others, collisions in its slots included', () => {
    // 1, 1 + 2^16 and -7 land in the same slot of a small table, and 3 probes through them.
    const table = createHashTable(Int32Array.from([1, 1 + (1 << 16), -7, 1 << 30]));
    expect([table.get(1), table.get(1 + (1 << 16)), table.get(-7), table.get(1 << 30), table.get(3)]).toEqual([0, 1, 2, 3, -1]);
  });

  it('refuses a model that lists a hash twice', () => {
    expect(() => createHashTable(Int32Array.from([5, 5]))).toThrow(/twice/);
  });
});
