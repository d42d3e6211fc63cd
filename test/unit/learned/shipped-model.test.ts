import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDraftCorpus, NEUTRAL_LABEL } from '../../../scripts/draft-corpus.ts';
import { MODEL_PATH } from '../../../scripts/model-path.ts';
import { storedModelSchema } from '../../../src/policy/learned/linear-model.ts';
import { DETECTOR_IDS } from '../../../src/policy/rules/index.ts';

describe('the shipped learned model', () => {
  const stored = storedModelSchema.parse(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));

  it('was trained on the corpus as it is now (run `npm run train` after editing training/drafts)', () => {
    expect(stored.corpusSha256).toBe(readDraftCorpus(undefined, DETECTOR_IDS).sha256);
  });

  it('labels drafts only with detector ids the checker knows, plus ok', () => {
    expect(stored.labels[stored.neutralLabel]).toBe(NEUTRAL_LABEL);
    for (const label of stored.labels) if (label !== NEUTRAL_LABEL) expect(DETECTOR_IDS.has(label), label).toBe(true);
  });
});
