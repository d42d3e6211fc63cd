import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFeatures, FeatureHashes } from '../../../src/policy/learned/draft-features.ts';
import { hashText } from '../../../src/policy/learned/feature-hash.ts';
import { belowProbability, maxScore, modelRows, softmaxInPlace } from '../../../src/policy/learned/linear-model.ts';
import { shippedModel } from '../../../src/policy/learned/shipped-model.ts';
import { foldText } from '../../../src/policy/normalise-text.ts';

const facts = { names: ['acme'] };
const drafts = [
  'Our garden open day is on the 3rd, everyone welcome — bring a friend and a cake!',
  'I guarantee you will never feel anxious again after one session with me.',
  'Cannot believe how useless the council is. Again. Honestly.',
  'Spoke to a lovely new client today about her divorce, so brave x',
];

describe('the row-level reading of a model', () => {
  const model = shippedModel();
  const rows = modelRows(model);

  it('gives exactly the probabilities of `probabilities`, bit for bit', () => {
    for (const draft of drafts) {
      const features = draftFeatures(foldText(draft).folded, undefined, facts).map((feature) => hashText(feature));
      const expected = model.probabilities((add) => features.forEach((hash) => add(hash)));
      const { hashes, count } = new FeatureHashes().read(foldText(draft).folded, undefined, facts);
      const found = hashes.map((hash) => rows.rowOf(hash));
      const sums = new Float64Array(model.labels.length);
      rows.addRows(sums, found, 0, count);
      expect([...softmaxInPlace(rows.scoresInPlace(sums, count))]).toEqual([...expected]);
    }
  });

  it('knows every feature weight by row as by hash', () => {
    const hash = hashText('guarantee');
    const row = rows.rowOf(hash);
    expect(row).toBeGreaterThanOrEqual(0);
    for (let label = 0; label < model.labels.length; label++) expect(rows.weightOfRow(row, label)).toBe(model.weightOf(hash, label));
    expect(rows.rowOf(hashText('no such feature at all ~~'))).toBe(-1);
  });
});

describe('belowProbability', () => {
  it('is true only when softmax gives that score less than the probability', () => {
    const score = fc.double({ min: -50, max: 50, noNaN: true });
    fc.assert(
      fc.property(fc.array(score, { minLength: 2, maxLength: 30 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (scores, probability) => {
        const array = Float64Array.from(scores);
        const max = maxScore(array);
        const below = scores.map((value) => belowProbability(value, max, Math.log(probability)));
        const probabilities = softmaxInPlace(array);
        below.forEach((isBelow, label) => {
          if (isBelow) expect(probabilities[label]!).toBeLessThan(probability);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves the top score to be computed', () => {
    expect(belowProbability(3, 3, Math.log(0.97))).toBe(false);
    expect(belowProbability(0, 3, Math.log(0.1))).toBe(true);
  });
});
