import { createHash } from 'node:crypto';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { crossReferenceProblems } from './policy-cross-references.ts';
import type { LinearModel } from './learned/linear-model.ts';

/**
 * The policy document: an organisation's policy as data. Clauses carry the policy's verbatim
 * text, a plain summary, what the checker binds to them and what helps answer questions.
 * Parsed once, validated with zod, then trusted.
 */

const CLAUSE_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const clauseId = z.string().regex(CLAUSE_ID, 'must be lower-case words joined by "." or "-", e.g. "safe.spam"');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const words = z.array(nonEmpty).default([]);

const detectorBinding = z.union([
  nonEmpty,
  z.strictObject({
    detector: nonEmpty,
    /** Overrides the clause's severity for this detector (a neutral mention vs a rude one). */
    severity: z.enum(['stop', 'caution']).optional(),
    /** Cite this clause only when the draft is for that kind of account. */
    account: z.enum(['company', 'personal']).optional(),
  }),
]);

const clauseSchema = z.strictObject({
  id: clauseId,
  section: nonEmpty,
  heading: nonEmpty,
  /** The policy's own words, verbatim; paragraphs separated by a blank line. */
  text: nonEmpty,
  summary: nonEmpty,
  /** How serious a breach is: `stop` for a "must not", `caution` for a "check first", `info` when nothing in a draft can breach it. */
  severity: z.enum(['stop', 'caution', 'info']).default('info'),
  detectors: z.array(detectorBinding).default([]),
  /** Words and phrases people use for this clause's topic (explain and ask). */
  keywords: words,
  /** Questions in a person's own words that this clause answers (ask). */
  questions: words,
  /** A direct first sentence for an answer, where the policy gives one. */
  answer: nonEmpty.optional(),
  /** A short example of doing it right (walkthrough). */
  example: nonEmpty.optional(),
  related: z.array(clauseId).default([]),
});

const sectionSchema = z.strictObject({
  id: clauseId,
  title: nonEmpty,
  /** Verbatim passages that introduce the section and belong to no single clause. */
  preamble: words,
});

const accountSchema = z.strictObject({
  id: clauseId,
  network: nonEmpty,
  handle: nonEmpty.optional(),
});

export const policyDocumentSchema = z.strictObject({
  title: nonEmpty,
  organisation: z.strictObject({
    name: nonEmpty,
    aliases: words,
    domains: z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a bare domain such as example.org')).default([]),
    accounts: z.array(accountSchema).default([]),
  }),
  owner: z.strictObject({ name: nonEmpty, role: nonEmpty.optional(), contact: nonEmpty.optional() }),
  dates: z.strictObject({ effective: z.iso.date(), nextReview: z.iso.date() }),
  sections: z.array(sectionSchema).min(1),
  clauses: z.array(clauseSchema).min(1),
  walkthrough: z
    .strictObject({ intro: nonEmpty.optional(), steps: z.array(clauseId).min(1) })
    .optional(),
  /** Organisation-specific words the general detectors add to their own (lower-case). */
  lexicons: z.record(z.string(), z.array(nonEmpty)).default({}),
  /** Words people use → the policy's words, for explain and ask ("insta" → "instagram"). */
  synonyms: z.record(z.string(), z.array(nonEmpty)).default({}),
});

export type PolicyDocument = z.infer<typeof policyDocumentSchema>;
export type Clause = PolicyDocument['clauses'][number];
export type DetectorBinding = Clause['detectors'][number];

/** A policy document that parsed and validated, with its version (a hash of its text). */
export interface ParsedPolicy {
  readonly document: PolicyDocument;
  /** First 16 hex digits of the SHA-256 of the document's text. */
  readonly version: string;
  /** The policy's question model (question-model.ts), read on first use; absent or undefined: the search answers alone. */
  readonly questionModel?: () => LinearModel | undefined;
}

export type ParseOutcome = { readonly ok: true; readonly policy: ParsedPolicy } | { readonly ok: false; readonly problems: readonly string[] };

/** `clauses[12].id` from `['clauses', 12, 'id']`; an empty path is the whole thing, named by `root`. */
export const formatPath = (path: readonly PropertyKey[], root = '(document)'): string =>
  path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '') || root;

/** Parses and validates a policy document's YAML text; every problem is reported with where it is. */
export const parsePolicyDocument = (yamlText: string): ParseOutcome => {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText, { prettyErrors: true });
  } catch (error) {
    // The parser's first line ends with ":" before a snippet of the file; the snippet is left out, so is the colon.
    const message = error instanceof YAMLParseError ? error.message.split('\n')[0]!.replace(/:\s*$/, '') : 'not valid YAML';
    return { ok: false, problems: [`(document): ${message}`] };
  }
  const result = policyDocumentSchema.safeParse(raw);
  const problems = [
    ...(result.success ? [] : result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`)),
    ...crossReferenceProblems(raw).map((problem) => `${formatPath(problem.path)}: ${problem.message}`),
  ];
  if (!result.success || problems.length > 0) return { ok: false, problems };
  const version = createHash('sha256').update(yamlText).digest('hex').slice(0, 16);
  return { ok: true, policy: { document: result.data, version } };
};
