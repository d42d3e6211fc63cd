import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The learned detector's training corpus: our own hand-written drafts, one JSON object per line
 * in `training/drafts/*.jsonl`, each labelled with the detector id it should raise (or `ok`).
 * Never the evaluation sets' items: `node ../shared/tools/dev-item-leaks.mjs` guards that.
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
  const hash = createHash('sha256');
  const drafts: CorpusDraft[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(directory).filter((file) => file.endsWith('.jsonl')).sort()) {
    const content = readFileSync(join(directory, name), 'utf8');
    hash.update(`${name}\n${content}\n`);
    content.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        problems.push(`${name}:${index + 1}: not JSON`);
        return;
      }
      const parsed = corpusLineSchema.safeParse(value);
      if (!parsed.success) {
        problems.push(`${name}:${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ')}`);
      } else if (knownLabels && parsed.data.label !== NEUTRAL_LABEL && !knownLabels.has(parsed.data.label)) {
        problems.push(`${name}:${index + 1}: unknown label "${parsed.data.label}"`);
      } else {
        drafts.push(parsed.data);
      }
    });
  }
  if (problems.length > 0) throw new Error(`The training corpus has problems:\n${problems.join('\n')}`);
  return { drafts, sha256: hash.digest('hex') };
};
