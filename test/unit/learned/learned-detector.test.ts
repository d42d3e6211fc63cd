import { describe, expect, it } from 'vitest';
import { createLearnedDetector } from '../../../src/policy/learned/learned-detector.ts';
import { linearModel, packWeights } from '../../../src/policy/learned/linear-model.ts';
import { foldText } from '../../../src/policy/normalise-text.ts';

// A hand-made model: "guarantee" points strongly to `promise`, "weather" to nothing in particular.
const model = linearModel({
  version: 3,
  corpusSha256: '0'.repeat(64),
  labels: ['ok', 'promise', 'chain-or-spam'],
  neutralLabel: 0,
  threshold: 0.7,
  bias: [1, 0, 0],
  ...packWeights(new Map([['guarantee', [0, 20, 0]], ['forward', [0, 0, 4]], ['#account:personal', [0, -30, 0]], ['disclaimer', [0, -60, 0]]]), 3),
});
const facts = { names: ['acme'] };

describe('the learned detector', () => {
  const detector = createLearnedDetector(model, facts, new Set(['promise', 'chain-or-spam']));

  it('reports a label above its threshold, on the sentence that weighs most towards it', () => {
    const text = 'Lovely weather today. We guarantee you will feel better!';
    const [finding, ...rest] = detector.detect(foldText(text), undefined);
    expect(rest).toEqual([]);
    expect(finding!.detector).toBe('promise');
    expect(finding!.probability).toBeGreaterThan(0.7);
    expect(text.slice(...finding!.span)).toBe('We guarantee you will feel better');
  });

  it('reports nothing below the threshold, and lets the account change the answer', () => {
    expect(detector.detect(foldText('Lovely weather today.'), undefined)).toEqual([]);
    expect(detector.detect(foldText('Please forward this.'), undefined)).toEqual([]);
    expect(detector.detect(foldText('We guarantee it.'), 'personal')).toEqual([]);
  });

  it('stays quiet about labels the policy does not bind', () => {
    const unbound = createLearnedDetector(model, facts, new Set(['chain-or-spam']));
    expect(unbound.detect(foldText('We guarantee it.'), undefined)).toEqual([]);
  });

  it('finds a problem buried in one sentence of a long, friendly post, and spans that sentence', () => {
    const text =
      'What a week it has been for the whole team here at the practice. We walked by the river on Saturday, ate far too much cake and laughed a lot with friends and family. We guarantee results. Then everyone went home early, watched a long film with the kids and slept for ages.';
    const [finding, ...rest] = detector.detect(foldText(text), undefined);
    expect(rest).toEqual([]);
    expect(finding!.detector).toBe('promise');
    expect(text.slice(...finding!.span)).toBe('We guarantee results');
  });

  it('does not read a sentence alone against the whole draft', () => {
    // Alone, the sentence is a promise; the draft as a whole says otherwise (its disclaimer).
    const text =
      'What a week it has been for the whole team here at the practice. We walked by the river on Saturday, ate far too much cake and laughed a lot with friends and family. We guarantee results. The disclaimer on our website explains what that means and what it does not.';
    expect(detector.detect(foldText(text), undefined)).toEqual([]);
  });

  it('gives spans into the original text, however it was disguised', () => {
    const text = 'Ｗｅ ｇｕａｒａｎｔｅｅ it';
    const [finding] = detector.detect(foldText(text), undefined);
    expect(finding!.span).toEqual([0, text.length]);
  });
});

describe('the learned detector on almost nothing', () => {
  const eager = linearModel({
    version: 3,
    corpusSha256: '0'.repeat(64),
    labels: ['ok', 'promise'],
    neutralLabel: 0,
    threshold: 0.5,
    bias: [0, 5],
    ...packWeights(new Map([['#account:none', [0, 5]]]), 2),
  });
  const detector = createLearnedDetector(eager, facts, new Set(['promise']));

  it('leaves drafts of fewer than three words to the rules, however sure it would be', () => {
    expect(detector.detect(foldText(''), undefined)).toEqual([]);
    expect(detector.detect(foldText('ok then'), undefined)).toEqual([]);
    expect(detector.detect(foldText('ok then fine'), undefined)).toHaveLength(1);
  });

  it('leaves a word or two said over and over to the rules too', () => {
    expect(detector.detect(foldText('a '.repeat(1400)), undefined)).toEqual([]);
    expect(detector.detect(foldText('no no no ok ok ok no ok'), undefined)).toEqual([]);
    expect(detector.detect(foldText('no no no ok ok ok no ok fine'), undefined)).toHaveLength(1);
  });
});
