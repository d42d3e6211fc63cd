import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from './cache-files.ts';
import { automatonKey, readAutomaton, writeAutomaton } from './literal-gate-automaton-file.ts';
import type { Requirements } from './policy/rules/literal-cuts.ts';
import { type AnalysisCache, useAnalysisCache } from './policy/rules/literal-gate.ts';
import { privateCacheDirectory } from './private-cache-directory.ts';

/**
 * The literal gate's pattern analyses kept on disk between runs. Reading every detector
 * pattern's source for the literals it needs was most of the time the rules took to load (tens
 * of ms at every start); the answers depend only on each pattern's source and flags, and on
 * the analysis code. So an entry is filed under a digest of its pattern's source and flags, and
 * the file as a whole under a digest of the analysis code's own files and Node's version: an
 * edited pattern simply misses, edited analysis code discards the whole file. The file is read
 * through a schema and a digest of its entries; anything unreadable, malformed, stale or
 * damaged is ignored and rewritten. The digest has no key, so it catches damage, not a deliberate
 * forgery: that is kept out by the directory being this user's own and private
 * (private-cache-directory.ts). A cache that cannot be read or written only means every pattern
 * is analysed again.
 */

const FORMAT = 'literal-gate-cache 1';
/** The file, in the private cache directory (not `.json`: the policy cache prunes those). */
const FILE_NAME = 'literal-gate.cache';
/** Beyond this many entries (patterns edited over many runs), only those this run used are kept. */
const MAX_ENTRIES = 4000;
/** The files whose code decides what the gate keeps of a pattern (literal-cuts.ts cuts the clauses) and the automaton built from it. */
const ANALYSER_FILES = ['literal-gate.ts', 'literal-cuts.ts', 'literal-automaton.ts', 'growing-trie.ts', 'regex-literals.ts', 'regex-literal-parser.ts', 'regex-literal-sets.ts', 'regex-pattern-characters.ts'].map(
  (name) => new URL(`./policy/rules/${name}`, import.meta.url),
);
/**
 * Joins a set's literals into one string: thousands of short strings are read several times
 * faster as a few hundred. A noncharacter, which folded drafts and patterns do not hold; a
 * pattern whose literals hold it is simply not kept.
 */
const SEPARATOR = '\uffff';

/** The first line: what wrote the file, and a digest of the rest (the entries, as written). */
const headerSchema = z.object({ format: z.literal(FORMAT), analyser: z.string(), digest: z.string() });
/** Per key: the clauses, each a list of sets joined by SEPARATOR; null for "nothing to vouch for". */
const entriesSchema = z.record(z.string(), z.array(z.array(z.string()).min(1)).min(1).nullable());
type Encoded = z.infer<typeof entriesSchema>[string];

const digest = (text: string): string => hash('sha256', text, 'base64url');

/** A digest of the analysis code and the Node version running it (its Unicode tables decide case folding). */
export const analyserIdentity = (): string => digest([FORMAT, process.version, ...ANALYSER_FILES.map((url) => readFileSync(url, 'utf8'))].join('\u0000'));

/** The key an analysis is filed under: its pattern's flags and source, exactly. */
const keyOf = (pattern: RegExp): string => digest(`${pattern.flags}/${pattern.source}`);

const encode = (requirements: Requirements): Encoded | undefined => {
  if (requirements === null) return null;
  const clauses = requirements.map((clause) => clause.map((set) => set.join(SEPARATOR)));
  // A literal holding the separator would be read back as two: such a pattern is analysed every run instead.
  return requirements.some((clause) => clause.some((set) => set.some((literal) => literal.includes(SEPARATOR)))) ? undefined : clauses;
};

const decode = (encoded: Encoded): Requirements => encoded && encoded.map((clause) => clause.map((set) => set.split(SEPARATOR)));

/** What the entries are checked against: the analysis code they came from and their text as written. */
const entriesDigest = (analyser: string, entriesText: string): string => digest(`${analyser}\u0000${entriesText}`);

/** The entries of a cache file written by this analysis code, or none when it is missing, stale or not to be trusted. */
const readEntries = (file: string, analyser: string): Map<string, Encoded> => {
  try {
    const text = readFileSync(file, 'utf8');
    const newline = text.indexOf('\n');
    if (newline === -1) return new Map();
    const header = headerSchema.safeParse(JSON.parse(text.slice(0, newline)));
    const entriesText = text.slice(newline + 1);
    if (!header.success || header.data.analyser !== analyser || header.data.digest !== entriesDigest(analyser, entriesText)) return new Map();
    const entries = entriesSchema.safeParse(JSON.parse(entriesText));
    return entries.success ? new Map(Object.entries(entries.data)) : new Map();
  } catch {
    return new Map();
  }
};

/** An analysis cache over one file (and the automata kept beside it); `flush` writes what this run learnt. */
export interface LiteralGateCache extends AnalysisCache {
  /** Writes the file again if analyses were added since it was read or last written; false when that failed. */
  flush(): boolean;
}

/**
 * Opens the cache kept in `file` (undefined: nothing is kept). A fresh analysis schedules a
 * write once the current work is done, so the patterns a module graph registers together
 * are written together.
 */
export const openLiteralGateCache = (file: string | undefined, analyser: string = analyserIdentity()): LiteralGateCache => {
  const entries = file === undefined ? new Map<string, Encoded>() : readEntries(file, analyser);
  const used = new Set<string>();
  let dirty = false;
  let scheduled = false;

  const flush = (): boolean => {
    scheduled = false;
    if (!dirty || file === undefined) return true;
    dirty = false;
    const kept = entries.size <= MAX_ENTRIES ? [...entries] : [...entries].filter(([key]) => used.has(key));
    const entriesText = JSON.stringify(Object.fromEntries(kept));
    const header = JSON.stringify({ format: FORMAT, analyser, digest: entriesDigest(analyser, entriesText) });
    return writeFileAtomically(file, `${header}\n${entriesText}`);
  };

  return {
    get: (pattern) => {
      const key = keyOf(pattern);
      const known = entries.get(key);
      if (known === undefined) return undefined;
      used.add(key);
      return decode(known);
    },
    set: (pattern, requirements) => {
      const encoded = encode(requirements);
      if (encoded === undefined) return;
      const key = keyOf(pattern);
      entries.set(key, encoded);
      used.add(key);
      dirty = true;
      if (file !== undefined && !scheduled) {
        scheduled = true;
        // Once the modules being evaluated now have registered theirs (it holds an exit back by one turn at most).
        setImmediate(flush);
      }
    },
    flush,
    ...(file === undefined
      ? {}
      : {
          automatonFor: (clausesById) => readAutomaton(file, analyser, automatonKey(clausesById)),
          keepAutomaton: (clausesById, automaton) => {
            // Written once the draft that needed it is answered; keyed by the clauses as they are now (more may register meanwhile).
            const builtFor = [...clausesById];
            setImmediate(() => writeAutomaton(file, analyser, automatonKey(builtFor), automaton));
          },
        }),
  };
};

/**
 * Has the literal gate look its analyses up in the private cache directory from now on: call
 * before the rules load (their modules register their patterns as they are evaluated).
 */
export const installLiteralGateCache = (): void => {
  const directory = privateCacheDirectory();
  useAnalysisCache(openLiteralGateCache(directory === undefined ? undefined : join(directory, FILE_NAME)));
};
