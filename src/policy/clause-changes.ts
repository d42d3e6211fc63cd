import { createHash } from 'node:crypto';
import type { AuditEvent } from './audit-records.ts';
import type { ParsedPolicy } from './policy-document.ts';

/**
 * Which clauses changed between two versions of a policy, so that people asked to acknowledge
 * a new version can see what is new rather than reread everything. A version is remembered by
 * its clause fingerprints (`id@hash`), recorded in the audit trail when it is loaded.
 */
export type ClauseFingerprint = `${string}@${string}`;

export interface ClauseChanges {
  readonly changed: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

const fingerprintOf = (id: string, heading: string, text: string): ClauseFingerprint =>
  `${id}@${createHash('sha256').update(`${heading}\n${text}`).digest('hex').slice(0, 12)}`;

const fingerprintsByPolicy = new WeakMap<ParsedPolicy, readonly ClauseFingerprint[]>();

/** Each clause's id and a hash of its heading and verbatim text, in the document's order (computed once per policy). */
export const clauseFingerprints = (policy: ParsedPolicy): readonly ClauseFingerprint[] => {
  let fingerprints = fingerprintsByPolicy.get(policy);
  if (!fingerprints) fingerprintsByPolicy.set(policy, (fingerprints = policy.document.clauses.map((clause) => fingerprintOf(clause.id, clause.heading, clause.text))));
  return fingerprints;
};

const readingByPolicy = new WeakMap<ParsedPolicy, string>();

/**
 * A hash of what people read besides the clauses' words before they acknowledge: each section's
 * title and verbatim preamble (a preamble can say whom the rules bind), and the walkthrough as
 * shown: its intro, its steps in order, and each step's explanation and example. Two versions
 * whose clauses and reading both match asked people to agree to the same thing.
 */
export const readingFingerprint = (policy: ParsedPolicy): string => {
  let fingerprint = readingByPolicy.get(policy);
  if (fingerprint === undefined) readingByPolicy.set(policy, (fingerprint = hashReading(policy)));
  return fingerprint;
};

/** Computed once per policy: every request compares it with each version loaded before. */
const hashReading = (policy: ParsedPolicy): string => {
  const { sections, walkthrough, clauses } = policy.document;
  const byId = new Map(clauses.map((clause) => [clause.id, clause]));
  const reading = {
    sections: sections.map((section) => [section.id, section.title, section.preamble]),
    intro: walkthrough?.intro ?? null,
    steps: (walkthrough?.steps ?? []).map((id) => [id, byId.get(id)?.summary ?? null, byId.get(id)?.example ?? null]),
  };
  return createHash('sha256').update(JSON.stringify(reading)).digest('hex').slice(0, 16);
};

/** What changed from an earlier version's fingerprints to this policy. */
export const changedClauses = (earlier: readonly string[], policy: ParsedPolicy): ClauseChanges => {
  const before = new Map(earlier.map((fingerprint) => [fingerprint.slice(0, fingerprint.lastIndexOf('@')), fingerprint]));
  const now = clauseFingerprints(policy);
  const nowIds = new Set(now.map((fingerprint) => fingerprint.slice(0, fingerprint.lastIndexOf('@'))));
  const changed: string[] = [];
  const added: string[] = [];
  for (const fingerprint of now) {
    const id = fingerprint.slice(0, fingerprint.lastIndexOf('@'));
    const previous = before.get(id);
    if (previous === undefined) added.push(id);
    else if (previous !== fingerprint) changed.push(id);
  }
  return { changed, added, removed: [...before.keys()].filter((id) => !nowIds.has(id)) };
};

/**
 * Whether an earlier version, as its policy-loaded entry recorded it, asked people to agree to
 * exactly what this policy does: the same clauses (ids, headings and words, whatever their
 * order) and the same reading fingerprint. A version recorded without either never does.
 */
export const readsTheSame = (earlier: { readonly clauses?: readonly string[]; readonly reading?: string }, policy: ParsedPolicy): boolean => {
  if (earlier.clauses === undefined || earlier.reading !== readingFingerprint(policy)) return false;
  const { changed, added, removed } = changedClauses(earlier.clauses, policy);
  return changed.length === 0 && added.length === 0 && removed.length === 0;
};

/** The audit event that records this policy version as loaded, with what acknowledging it means. */
export const policyLoadedEvent = (policy: ParsedPolicy): AuditEvent => ({
  action: 'policy-loaded',
  policyVersion: policy.version,
  clauses: [...clauseFingerprints(policy)],
  reading: readingFingerprint(policy),
});
