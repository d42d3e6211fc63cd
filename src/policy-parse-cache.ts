import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedPolicy } from './policy/policy-document.ts';
import { keepNewest, writeFileAtomically } from './cache-files.ts';
import { privateCacheDirectory } from './private-cache-directory.ts';

/**
 * A disk cache of validated policy documents, so a start skips parsing the YAML again (the
 * largest single cost of a start once modules come from Node's compile cache). An entry is keyed
 * by everything its result depends on: the file's text, the source of the schema and the
 * cross-reference checks, the rules' files (they define the detector ids a policy may bind), the
 * yaml and zod versions and Node's. Anything else changes, the key changes. The directory must
 * belong to this user and be private, or the cache is not used: a file someone else could write
 * must never become the running policy.
 */

const FORMAT = 'policy-parse-cache 2';
/** Entries kept; older ones (earlier edits of a policy) are removed when a new one is written. */
const KEEP = 16;
/** An installed package's version, read as a file: `require` would start the CommonJS loader (a few ms) just for this. */
const packageVersion = (name: string): string => (JSON.parse(readFileSync(fileURLToPath(import.meta.resolve(`${name}/package.json`)), 'utf8')) as { version: string }).version;
const SOURCES = ['./policy/policy-document.ts', './policy/policy-cross-references.ts'].map((path) => new URL(path, import.meta.url));
const RULES = fileURLToPath(new URL('./policy/rules/', import.meta.url));

/**
 * The rules' source files: each one's name, size and modification time. The detector ids live in
 * them; looking at the files (under a ms) rather than importing the rules keeps their load (a few
 * hundred ms and tens of MB) off a start that finds its policy in the cache. An edit, a checkout
 * or an install changes a file's time, so it changes the key.
 */
const rulesSource = (directory = RULES): string[] =>
  // Walked by hand: readdirSync's own `recursive` costs several ms more on a cold start.
  readdirSync(directory, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return rulesSource(path);
      if (!entry.name.endsWith('.ts')) return [];
      const stats = statSync(path);
      return [`${path.slice(RULES.length)} ${stats.size} ${stats.mtimeMs}`];
    });

let codeKey: string | undefined;
/** A digest of everything but the text that decides a validation's result. */
const codeIdentity = (): string => {
  codeKey ??= createHash('sha256')
    .update(
      [
        FORMAT,
        process.version,
        packageVersion('yaml'),
        packageVersion('zod'),
        ...SOURCES.map((url) => readFileSync(url, 'utf8')),
        ...rulesSource(),
      ].join('\u0000'),
    )
    .digest('hex');
  return codeKey;
};

const entryPath = (text: string): string | undefined => {
  const directory = privateCacheDirectory();
  if (directory === undefined) return undefined;
  const key = createHash('sha256').update(codeIdentity()).update('\u0000').update(text).digest('hex');
  return join(directory, `${key}.json`);
};

/** The cached result of validating `text`, if there is one. */
export const cachedPolicy = (text: string): ParsedPolicy | undefined => {
  try {
    const path = entryPath(text);
    if (path === undefined) return undefined;
    const entry = JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown; document?: unknown };
    // The version is the text's own hash: a mismatch means the entry is not this text's.
    const version = createHash('sha256').update(text).digest('hex').slice(0, 16);
    if (entry.version !== version || typeof entry.document !== 'object' || entry.document === null) return undefined;
    return entry as ParsedPolicy;
  } catch {
    return undefined;
  }
};

/** Keeps a validated policy for the next start; a failure to write only means no cache. */
export const rememberPolicy = (text: string, policy: ParsedPolicy): void => {
  try {
    const path = entryPath(text);
    if (path === undefined) return;
    if (writeFileAtomically(path, JSON.stringify(policy))) keepNewest(join(path, '..'), (name) => name.endsWith('.json'), KEEP);
  } catch {
    // The cache is an optimisation; the policy was parsed and is used either way.
  }
};
