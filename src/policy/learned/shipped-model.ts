import stored from './draft-model.json' with { type: 'json' };
import { linearModel, storedModelSchema, type LinearModel } from './linear-model.ts';

/**
 * The learned detector's model, as `npm run train` wrote it, validated when first used (a
 * handful of fields: the weights are three base64 strings) and built once per process.
 */

let model: LinearModel | undefined;

export const shippedModel = (): LinearModel => (model ??= linearModel(storedModelSchema.parse(stored)));
