import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedPolicy } from './policy/policy-document.ts';

/**
 * A disk cache of validated policy documents, so a start skips parsing the YAML again (the
 * largest single cost of a start once modules come from Node's compile cache). An entry is keyed
 * by everything its result depends on: the file's text, the source of the schema and the
 * cross-reference checks, the source of the rules (which define the detector ids a policy may
 * bind), the yaml and zod versions and Node's. Anything else changes, the key changes. The directory must belong to this user and be private, or the cache
 * is not used: a file someone else could write must never become the running policy.
 */

const FORMAT = 'policy-parse-cache 2';
/** Entries kept; older ones (earlier edits of a policy) are removed when a new one is written. */
const KEEP = 16;
const require = createRequire(import.meta.url);
const SOURCES = ['./policy/policy-document.ts', './policy/policy-cross-references.ts'].map((path) => new URL(path, import.meta.url));
const RULES = fileURLToPath(new URL('./policy/rules/', import.meta.url));

/**
 * The rules' source files, names and contents. The detector ids live in them; reading the files
 * (a few ms) rather than importing the rules keeps their load (a few hundred ms and tens of MB)
 * off a start that finds its policy in the cache.
 */
const rulesSource = (): string[] =>
  readdirSync(RULES, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .flatMap((name) => [name, readFileSync(join(RULES, name), 'utf8')]);

let codeKey: string | undefined;
/** A digest of everything but the text that decides a validation's result (kept as a digest: the sources are ~0.5 MB). */
const codeIdentity = (): string => {
  codeKey ??= createHash('sha256')
    .update(
      [
        FORMAT,
        process.version,
        (require('yaml/package.json') as { version: string }).version,
        (require('zod/package.json') as { version: string }).version,
        ...SOURCES.map((url) => readFileSync(url, 'utf8')),
        ...rulesSource(),
      ].join('\u0000'),
    )
    .digest('hex');
  return codeKey;
};

/** A private directory of this user's, or undefined when one cannot be had. */
const privateDirectory = (): string | undefined => {
  try {
    const directory = join(tmpdir(), `policy-bot-cache-${userInfo().uid}`);
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const stats = statSync(directory);
    const uid = process.getuid?.();
    if (!stats.isDirectory() || (uid !== undefined && stats.uid !== uid) || (stats.mode & 0o077) !== 0) return undefined;
    return directory;
  } catch {
    return undefined;
  }
};

const entryPath = (text: string): string | undefined => {
  const directory = privateDirectory();
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
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(policy), { mode: 0o600 });
    // Rename is atomic: a concurrent start reads the old entry or the whole new one.
    renameSync(partial, path);
    const directory = join(path, '..');
    const entries = readdirSync(directory)
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({ name, at: statSync(join(directory, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const { name } of entries.slice(KEEP)) rmSync(join(directory, name), { force: true });
  } catch {
    // The cache is an optimisation; the policy was parsed and is used either way.
  }
};
