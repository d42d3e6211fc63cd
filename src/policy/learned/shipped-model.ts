import stored from './draft-model.json' with { type: 'json' };
import { linearModel, type LinearModel, type StoredModel } from './linear-model.ts';

/**
 * The learned detector's model, as `npm run train` wrote it. It is our own build artefact
 * (validated with zod by the trainer and by the tests), so it is only checked structurally
 * here: validating some thousand weight rows on every start would cost more than loading them.
 */

let model: LinearModel | undefined;

export const shippedModel = (): LinearModel => (model ??= linearModel(stored as unknown as StoredModel));
