import { createHash, hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import { keepNewest, writeFileAtomically } from './cache-files.ts';
import type { Automaton } from './policy/rules/literal-automaton.ts';

/**
 * The literal gate's automaton kept on disk, one file per set of clauses it was built for.
 * Building it takes tens of ms of a first check (a trie of thousands of literals, then a full
 * transition table), and it depends only on those clauses and the code that builds it. A file
 * holds a header line (zod-checked: the code's identity, the clauses' key, a digest of the
 * rest, and what each field is) and then the fields' bytes. Every field is stored as what it is
 * (a number or a typed array) without naming the automaton's layout here, so a field added to
 * the automaton is kept too; anything else and the automaton is not kept. A file that is
 * missing, stale, cut off or altered is not used.
 */

const FORMAT = 'literal-gate-automaton 1';
/** Automata kept per cache file (a process may build a few as patterns register). */
const KEEP = 4;

const TYPED_ARRAYS = { Uint8Array, Uint16Array, Int16Array, Uint32Array, Int32Array } as const;
type TypedArrayName = keyof typeof TYPED_ARRAYS;
const isTypedArrayName = (name: string): name is TypedArrayName => Object.hasOwn(TYPED_ARRAYS, name);

/** A field's name: a plain identifier (never one that means something to every object, like __proto__). */
const fieldName = z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/);
const fieldSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('number'), name: fieldName, value: z.number() }),
  z.object({ kind: z.enum(['Uint8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array']), name: fieldName, length: z.number().int().nonnegative() }),
]);
const headerSchema = z.object({ format: z.literal(FORMAT), analyser: z.string(), key: z.string(), digest: z.string(), fields: z.array(fieldSchema) });
type Field = z.infer<typeof fieldSchema>;

const digest = (text: string): string => hash('sha256', text, 'base64url');
/** What the header vouches for: the fields as listed and the bytes that follow. */
const contentDigest = (fields: readonly Field[], payload: Uint8Array): string => createHash('sha256').update(JSON.stringify(fields)).update(payload).digest('base64url');

/** The key an automaton is filed under: the exact clauses it was built for, per pattern id. */
export const automatonKey = (clausesById: readonly unknown[]): string => digest(JSON.stringify(clausesById));

/** Where the automaton for `key` is kept, beside the analyses' file. */
const fileFor = (analysesFile: string, key: string): string => `${analysesFile}.${key}.automaton`;

/** The automaton kept for `key` by this code, or undefined. */
export const readAutomaton = (analysesFile: string, analyser: string, key: string): Automaton | undefined => {
  try {
    const bytes = readFileSync(fileFor(analysesFile, key));
    const newline = bytes.indexOf(0x0a);
    if (newline === -1) return undefined;
    const header = headerSchema.safeParse(JSON.parse(bytes.subarray(0, newline).toString('utf8')));
    const payload = bytes.subarray(newline + 1);
    if (!header.success || header.data.analyser !== analyser || header.data.key !== key || header.data.digest !== contentDigest(header.data.fields, payload)) return undefined;
    const automaton: Record<string, unknown> = {};
    let at = 0;
    for (const field of header.data.fields) {
      if (field.kind === 'number') {
        automaton[field.name] = field.value;
        continue;
      }
      const type = TYPED_ARRAYS[field.kind];
      const size = field.length * type.BYTES_PER_ELEMENT;
      if (at + size > payload.length) return undefined;
      // Copied out of the file's buffer: a typed array needs its own alignment.
      automaton[field.name] = new type(payload.buffer.slice(payload.byteOffset + at, payload.byteOffset + at + size));
      at += size;
    }
    return at === payload.length ? (automaton as unknown as Automaton) : undefined;
  } catch {
    return undefined;
  }
};

/** Keeps an automaton for `key` (and only the newest few); false when it cannot be written or holds a field it cannot store. */
export const writeAutomaton = (analysesFile: string, analyser: string, key: string, automaton: Automaton): boolean => {
  const fields: Field[] = [];
  const parts: Uint8Array[] = [];
  for (const [name, value] of Object.entries(automaton)) {
    if (typeof value === 'number') fields.push({ kind: 'number', name, value });
    else if (ArrayBuffer.isView(value) && isTypedArrayName(value.constructor.name)) {
      const view = value as unknown as Uint8Array;
      fields.push({ kind: value.constructor.name as TypedArrayName, name, length: view.length });
      parts.push(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    } else return false;
  }
  const payload = Buffer.concat(parts);
  const header = JSON.stringify({ format: FORMAT, analyser, key, digest: contentDigest(fields, payload), fields });
  const file = fileFor(analysesFile, key);
  if (!writeFileAtomically(file, Buffer.concat([Buffer.from(`${header}\n`, 'utf8'), payload]))) return false;
  prune(analysesFile, file);
  return true;
};

/**
 * Removes all but the newest few automata kept beside `analysesFile` (and partial files a crashed
 * write left, which the newest few of any process's writes outnumber), always keeping the one just written.
 */
const prune = (analysesFile: string, written: string): void => {
  const prefix = `${basename(analysesFile)}.`;
  const belongs = (name: string): boolean => name.startsWith(prefix) && (name.endsWith('.automaton') || name.endsWith('.tmp')) && name !== basename(written);
  keepNewest(dirname(analysesFile), belongs, KEEP - 1);
};
