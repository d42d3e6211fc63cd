import { describe, expect, it } from 'vitest';
import { hashText } from '../../../src/policy/learned/feature-hash.ts';
import { linearModel, packWeights, softmaxInPlace } from '../../../src/policy/learned/linear-model.ts';
import { seededRandom, shuffled, trainLinearModel, type TrainingExample } from '../../../src/policy/learned/train-linear-model.ts';

// A toy problem: label 1 when "sunny" or "warm" appears, label 2 for "rain" or "cold", else 0.
const toyExamples: TrainingExample[] = [
  { features: ['sunny', 'day'], label: 1 },
  { features: ['warm', 'evening'], label: 1 },
  { features: ['very', 'warm'], label: 1 },
  { features: ['rain', 'again'], label: 2 },
  { features: ['cold', 'day'], label: 2 },
  { features: ['cold', 'evening'], label: 2 },
  { features: ['quiet', 'day'], label: 0 },
  { features: ['evening', 'walk'], label: 0 },
  { features: ['very', 'quiet'], label: 0 },
];

const probabilities = (weights: ReturnType<typeof trainLinearModel>, features: string[]) => {
  const scores = new Float64Array(weights.bias.length);
  for (const feature of features) weights.weights.get(feature)?.forEach((weight, label) => (scores[label]! += weight));
  return [...softmaxInPlace(scores.map((score, label) => weights.bias[label]! + score / Math.sqrt(features.length)))];
};

describe('training the linear model', () => {
  it('learns which words point to which label', () => {
    const trained = trainLinearModel(toyExamples, { labelCount: 3 });
    const argmax = (values: number[]) => values.indexOf(Math.max(...values));
    expect(argmax(probabilities(trained, ['warm']))).toBe(1);
    expect(argmax(probabilities(trained, ['cold']))).toBe(2);
    expect(argmax(probabilities(trained, ['quiet']))).toBe(0);
  });

  it('gives the same model for the same corpus and seed', () => {
    const first = trainLinearModel(toyExamples, { labelCount: 3, seed: 5 });
    const second = trainLinearModel(toyExamples, { labelCount: 3, seed: 5 });
    expect([...second.bias]).toEqual([...first.bias]);
    expect([...second.weights.get('cold')!]).toEqual([...first.weights.get('cold')!]);
  });

  it('shuffles deterministically and keeps every item', () => {
    const items = [1, 2, 3, 4, 5, 6];
    expect(shuffled(items, seededRandom(3))).toEqual(shuffled(items, seededRandom(3)));
    expect(shuffled(items, seededRandom(3)).sort()).toEqual(items);
  });
});

describe('the stored linear model', () => {
  const stored = {
    version: 3 as const,
    corpusSha256: '0'.repeat(64),
    labels: ['ok', 'weather'],
    neutralLabel: 0,
    threshold: 0.5,
    bias: [0.5, -0.5],
    ...packWeights(new Map([['rain', [0, 2]], ['sun', [0.25, -1]]]), 2),
  };

  it('adds the weights of known features, scaled to unit length, and ignores unknown ones', () => {
    const model = linearModel(stored);
    const scores = model.probabilities((add) => {
      add(hashText('rain'));
      add(hashText('snow'));
    });
    // bias + (2 / √2) for "weather", bias alone for "ok".
    const weather = -0.5 + 2 / Math.SQRT2;
    expect(scores[1]).toBeCloseTo(Math.exp(weather) / (Math.exp(weather) + Math.exp(0.5)));
    expect(model.weightOf(hashText('sun'), 1)).toBeCloseTo(-1, 6);
    expect(model.weightOf(hashText('snow'), 1)).toBe(0);
  });

  it('refuses weights that do not match its features and labels', () => {
    expect(() => linearModel({ ...stored, labels: ['ok', 'weather', 'wind'], bias: [0, 0, 0] })).toThrow(/do not match/);
  });

  it('keeps weights within 1% of their row\'s largest after quantising', () => {
    const model = linearModel({ ...stored, ...packWeights(new Map([['mixed', [3.3333, -0.0421]]]), 2) });
    expect(model.weightOf(hashText('mixed'), 0)).toBeCloseTo(3.3333, 1);
    expect(Math.abs(model.weightOf(hashText('mixed'), 1) + 0.0421)).toBeLessThan(0.01 * 3.3333);
  });

  it('turns scores into probabilities that sum to one', () => {
    const result = softmaxInPlace(Float64Array.from([1000, 1000, 0]));
    expect(result[0]).toBeCloseTo(0.5);
    expect(result[0]! + result[1]! + result[2]!).toBeCloseTo(1);
  });
});
