import { readFileSync } from 'node:fs';
import { linearModel, type LinearModel, type StoredModel } from './linear-model.ts';

/**
 * The learned detector's model, as `npm run train` wrote it. It is our own build artefact
 * (validated with zod by the trainer and by the tests), so it is only checked structurally
 * here: validating some thousand weight rows on every start would cost more than loading them.
 * The file (hundreds of KB) is read on the first check, not when this module loads, so a bot
 * answering only help or explain never parses it, and the raw JSON is not kept once the model is built.
 */

let model: LinearModel | undefined;

export const shippedModel = (): LinearModel =>
  (model ??= linearModel(JSON.parse(readFileSync(new URL('./draft-model.json', import.meta.url), 'utf8')) as StoredModel));
