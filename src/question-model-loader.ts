import { createRequire } from 'node:module';
import type { LinearModel } from './policy/learned/linear-model.ts';
import type { PolicyDocument } from './policy/policy-document.ts';

/**
 * A policy's question model, read once, when the first question is asked. Every policy load
 * attaches one of these, so the model's code (the model schema, the feature reader, the text
 * folding) is required only then, synchronously, and never on a start's way to `ready`.
 */

const require = createRequire(import.meta.url);

/** A loader that reads the model beside `policyPath` once, on first use. */
export const lazyQuestionModel = (policyPath: string, document: PolicyDocument): (() => LinearModel | undefined) => {
  let loaded: { model: LinearModel | undefined } | undefined;
  return () => {
    if (!loaded) {
      try {
        const { readQuestionModel } = require('./question-model-file.ts') as typeof import('./question-model-file.ts');
        loaded = { model: readQuestionModel(policyPath, document) };
      } catch {
        // The model sharpens answers and is never required: code that cannot load means the search answers alone, once decided.
        loaded = { model: undefined };
      }
    }
    return loaded.model;
  };
};
