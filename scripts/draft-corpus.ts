import { z } from 'zod';
import { readJsonlCorpus } from './jsonl-corpus.ts';

/**
 * The learned detector's training corpus: our own hand-written drafts, one JSON object per line
 * in `training/drafts/*.jsonl`, each labelled with the detector id it should raise (or `ok`).
 */

export const CORPUS_DIRECTORY = 'training/drafts';
export const NEUTRAL_LABEL = 'ok';

const corpusLineSchema = z.strictObject({
  text: z.string().min(1),
  label: z.string().min(1),
  account: z.enum(['company', 'personal']).optional(),
});
export type CorpusDraft = z.infer<typeof corpusLineSchema>;

export interface DraftCorpus {
  readonly drafts: readonly CorpusDraft[];
  /** SHA-256 over the files' names and contents, in name order. */
  readonly sha256: string;
}

/** Reads and validates every corpus file; throws one message listing every bad line. */
export const readDraftCorpus = (directory = CORPUS_DIRECTORY, knownLabels?: ReadonlySet<string>): DraftCorpus => {
  const { items, sha256 } = readJsonlCorpus(directory, corpusLineSchema, (draft) =>
    knownLabels && draft.label !== NEUTRAL_LABEL && !knownLabels.has(draft.label) ? `unknown label "${draft.label}"` : undefined,
  );
  return { drafts: items, sha256 };
};
