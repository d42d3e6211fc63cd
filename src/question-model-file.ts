import { readFileSync } from 'node:fs';
import { linearModel, storedModelSchema, type LinearModel } from './policy/learned/linear-model.ts';
import type { PolicyDocument } from './policy/policy-document.ts';
import { fitsDocument } from './policy/question-model.ts';

/**
 * A policy's question model lives next to its file: `policies/acme.question-model.json` for
 * `policies/acme.yml`, written by `npm run train`. It is read when the first question is asked
 * (question-model-loader.ts).
 * A policy without one, or whose model is unreadable, invalid or trained for other clause ids,
 * is answered by the search alone: the model sharpens answers, it is never required.
 */

/** Where the question model of the policy file at `policyPath` is. */
export const questionModelPath = (policyPath: string): string => `${policyPath.replace(/\.ya?ml$/i, '')}.question-model.json`;

/** The model for `document` read from beside `policyPath`, or undefined when there is none that fits. */
export const readQuestionModel = (policyPath: string, document: PolicyDocument): LinearModel | undefined => {
  let text: string;
  try {
    text = readFileSync(questionModelPath(policyPath), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const model = linearModel(storedModelSchema.parse(JSON.parse(text)));
    return fitsDocument(model, document) ? model : undefined;
  } catch {
    return undefined;
  }
};
