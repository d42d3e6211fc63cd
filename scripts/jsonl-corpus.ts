import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';

/**
 * A hand-written training corpus: one JSON object per line in `<directory>/*.jsonl`, each
 * validated by `schema` and, when given, by `problemOf` (for what a schema cannot know, such as
 * labels the policy or the rules define). Never the evaluation sets' items:
 * `node ../shared/tools/dev-item-leaks.mjs` guards that.
 */

export interface JsonlCorpus<T> {
  readonly items: readonly T[];
  /** SHA-256 over the files' names and contents, in name order: what a shipped model was trained on. */
  readonly sha256: string;
}

/** Reads and validates every corpus file; throws one message listing every bad line. */
export const readJsonlCorpus = <T>(directory: string, schema: z.ZodType<T>, problemOf?: (item: T) => string | undefined): JsonlCorpus<T> => {
  const hash = createHash('sha256');
  const items: T[] = [];
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
      const parsed = schema.safeParse(value);
      const problem = parsed.success ? problemOf?.(parsed.data) : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ');
      if (problem !== undefined) problems.push(`${name}:${index + 1}: ${problem}`);
      else if (parsed.success) items.push(parsed.data);
    });
  }
  if (problems.length > 0) throw new Error(`The training corpus in ${directory} has problems:\n${problems.join('\n')}`);
  return { items, sha256: hash.digest('hex') };
};
