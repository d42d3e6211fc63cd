import { createHash } from 'node:crypto';
import type { AuditEntry, AuditEvent, AuditPlatform, ChainVerdict, PersonId } from './ports.ts';

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
 * - `deleted`: entries are missing before it (a gap in positions, or a link to no entry that is left);
 * - `reordered`: its link points to an entry that is still there, but elsewhere.
 * A deleted LAST entry leaves no trace in the chain itself (compare `count` with an earlier export).
 */
export const verifyChain = (entries: readonly AuditEntry[]): ChainVerdict => {
  const positionOfHash = new Map<string, number>();
  entries.forEach((entry, index) => positionOfHash.set(entry.hash, index));
  let previous: AuditEntry | undefined;
  for (const [index, entry] of entries.entries()) {
    const fail = (problem: 'edited' | 'deleted' | 'reordered'): ChainVerdict => ({
      ok: false,
      count: entries.length,
      seq: entry.seq,
      id: entry.id,
      problem,
    });
    if (chainHash(entry.prevHash, entry) !== entry.hash) return fail('edited');
    const expectedPrev = previous?.hash ?? GENESIS_HASH;
    if (entry.prevHash !== expectedPrev) {
      const linked = positionOfHash.get(entry.prevHash);
      if (linked !== undefined && linked !== index - 1) return fail('reordered');
      return fail('deleted');
    }
    if (entry.seq !== (previous?.seq ?? 0) + 1) return fail(entry.seq > (previous?.seq ?? 0) + 1 ? 'deleted' : 'reordered');
    previous = entry;
  }
  return { ok: true, count: entries.length };
};
