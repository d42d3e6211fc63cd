/** Where `npm run train` writes the learned detector's model, read by `src/policy/learned/shipped-model.ts`. */
export const MODEL_PATH = 'src/policy/learned/draft-model.json';
