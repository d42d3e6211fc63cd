import { createHash } from 'node:crypto';
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

export const clauseFingerprints = (policy: ParsedPolicy): ClauseFingerprint[] =>
  policy.document.clauses.map((clause) => fingerprintOf(clause.id, clause.heading, clause.text));

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

/** Whether an earlier version's clauses read exactly as this policy's: same ids, headings and words, whatever their order. */
export const readsTheSame = (earlier: readonly string[], policy: ParsedPolicy): boolean => {
  const { changed, added, removed } = changedClauses(earlier, policy);
  return changed.length === 0 && added.length === 0 && removed.length === 0;
};
