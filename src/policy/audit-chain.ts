import { createHash } from 'node:crypto';
import type { AuditEntry, AuditEvent, AuditPlatform, ChainProblem, ChainVerdict, HeadProblem, PersonId, TrailHead } from './audit-records.ts';

/**
 * The audit trail's hash chain. Each entry's hash is SHA-256 over the previous entry's hash and
 * the entry's canonical JSON, so editing, deleting or reordering any entry breaks the chain from
 * that point on. Pure: the stores call it, `audit verify` reports what it finds.
 */

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an entry's hash covers: everything but its position and the hashes themselves. */
export interface ChainedContent {
  readonly id: string;
  readonly at: string;
  readonly actor: PersonId;
  readonly platform: AuditPlatform;
  readonly event: AuditEvent;
}

/** JSON with object keys sorted at every depth and undefined fields left out: one text per value. */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const fields = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${fields.join(',')}}`;
};

/** The hash of an entry whose predecessor's hash is `prevHash`. */
export const chainHash = (prevHash: string, content: ChainedContent): string =>
  createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson({ id: content.id, at: content.at, actor: content.actor, platform: content.platform, event: content.event }))
    .digest('hex');

/** Builds the next entry of a chain whose last entry is `previous` (undefined for an empty chain). */
export const nextEntry = (previous: Pick<AuditEntry, 'seq' | 'hash'> | undefined, content: ChainedContent): AuditEntry => {
  const prevHash = previous?.hash ?? GENESIS_HASH;
  return { seq: (previous?.seq ?? 0) + 1, ...content, prevHash, hash: chainHash(prevHash, content) };
};

/**
 * Checks entries in stored order and names the first that does not verify:
 * - `edited`: its content no longer matches its own hash, or its link points nowhere it could have come from;
 * - `deleted`: entries are missing before it (a link to no entry that is left);
 * - `reordered`: its link points to an entry that is still there, but elsewhere;
 * - `renumbered`: its link is right, so nothing before it is missing, but its position number is
 *   not the next one (the hash covers content and link, not the number).
 * A deleted LAST entry leaves no trace in the chain itself: compare the head with one recorded
 * earlier (`compareHead`), and the register with the trail's replay (register-replay.ts).
 *
 * `hashFrom` (an index) recomputes content hashes only from there on: the links and numbers of
 * every entry are still checked (cheap comparisons), so a deleted, moved or renumbered entry is
 * found anywhere, and an edit only in the entries hashed. The bot's start-up check uses it; `audit
 * verify` hashes everything.
 */
export const verifyChain = (entries: readonly AuditEntry[], options: { readonly hashFrom?: number } = {}): ChainVerdict => {
  const hashFrom = options.hashFrom ?? 0;
  const positionOfHash = new Map<string, number>();
  entries.forEach((entry, index) => positionOfHash.set(entry.hash, index));
  let previous: AuditEntry | undefined;
  for (const [index, entry] of entries.entries()) {
    const fail = (problem: ChainProblem): ChainVerdict => ({
      ok: false,
      count: entries.length,
      seq: entry.seq,
      id: entry.id,
      problem,
    });
    if (index >= hashFrom && chainHash(entry.prevHash, entry) !== entry.hash) return fail('edited');
    const expectedPrev = previous?.hash ?? GENESIS_HASH;
    if (entry.prevHash !== expectedPrev) {
      const linked = positionOfHash.get(entry.prevHash);
      if (linked !== undefined && linked !== index - 1) return fail('reordered');
      return fail('deleted');
    }
    // The link is right: whatever happened to the number, no entry before this one is missing.
    if (entry.seq !== (previous?.seq ?? 0) + 1) return fail('renumbered');
    previous = entry;
  }
  return { ok: true, count: entries.length };
};

/** The head of a chain: its length and last hash (GENESIS_HASH for an empty one). */
export const headOf = (entries: readonly Pick<AuditEntry, 'hash'>[]): TrailHead => ({ count: entries.length, hash: entries.at(-1)?.hash ?? GENESIS_HASH });

/** `15:<64 hex>` as `audit verify` prints a head and `--expect-head` takes it. */
export const formatHead = (head: TrailHead): string => `${head.count}:${head.hash}`;

/** Reads `15:<64 hex>`; undefined when it is not one. */
export const parseHead = (text: string): TrailHead | undefined => {
  const match = /^(\d{1,15}):([0-9a-f]{64})$/.exec(text.trim().toLowerCase());
  return match ? { count: Number(match[1]), hash: match[2]! } : undefined;
};

/**
 * Does the trail still reach a head recorded earlier? It may have grown since, but its entry
 * number `expected.count` must be the one recorded (entries are found by position: a renumbered
 * chain is `verifyChain`'s to report).
 */
export const compareHead = (entries: readonly Pick<AuditEntry, 'hash'>[], expected: TrailHead): HeadProblem | undefined => {
  if (entries.length < expected.count) return { problem: 'shorter', expected };
  const hash = expected.count === 0 ? GENESIS_HASH : entries[expected.count - 1]!.hash;
  return hash === expected.hash ? undefined : { problem: 'rewritten', expected };
};
