import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, compareHead, formatHead, GENESIS_HASH, headOf, nextEntry, parseHead, verifyChain } from '../../../src/policy/audit-chain.ts';
import type { AuditEntry } from '../../../src/policy/audit-records.ts';

const chainOf = (count: number): AuditEntry[] => {
  const entries: AuditEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    entries.push(
      nextEntry(entries.at(-1), {
        id: `e${index + 1}`,
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString(),
        actor: 'slack:UOWNER',
        platform: 'slack',
        event: { action: 'grant', subject: `slack:U${index}`, account: 'instagram' },
      }),
    );
  }
  return entries;
};

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 2, y: 1 }], c: undefined } })).toBe('{"a":{"d":[1,{"y":1,"z":2}]},"b":1}');
  });

  it('gives one text whatever the key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string(), fc.boolean())), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
        expect(JSON.parse(canonicalJson(record))).toEqual(record);
      }),
    );
  });
});

describe('verifyChain', () => {
  it('accepts an untouched chain and an empty one', () => {
    expect(verifyChain(chainOf(5))).toEqual({ ok: true, count: 5 });
    expect(verifyChain([])).toEqual({ ok: true, count: 0 });
    expect(chainOf(1)[0]?.prevHash).toBe(GENESIS_HASH);
  });

  it('names an edited entry, even when only one character of it changed', () => {
    const entries = chainOf(4);
    entries[2] = { ...entries[2]!, actor: 'slack:UOWNEr' };
    expect(verifyChain(entries)).toMatchObject({ ok: false, seq: 3, id: 'e3', problem: 'edited' });
  });

  it('names the entry after an edited entry whose hash was recomputed to hide it', () => {
    const entries = chainOf(4);
    const forged = { ...entries[1]!, at: '2020-01-01T00:00:00.000Z' };
    entries[1] = { ...forged, hash: chainHash(forged.prevHash, forged) };
    expect(verifyChain(entries)).toMatchObject({ ok: false, seq: 3 });
  });

  it('names the entry after a deletion, including a deleted first entry', () => {
    const entries = chainOf(5);
    expect(verifyChain([...entries.slice(0, 2), ...entries.slice(3)])).toMatchObject({ ok: false, seq: 4, problem: 'deleted' });
    expect(verifyChain(entries.slice(1))).toMatchObject({ ok: false, seq: 2, problem: 'deleted' });
  });

  it('names a reordered entry', () => {
    const entries = chainOf(5);
    const swapped = [entries[0]!, { ...entries[2]!, seq: 2 }, { ...entries[1]!, seq: 3 }, entries[3]!, entries[4]!];
    expect(verifyChain(swapped)).toMatchObject({ ok: false, seq: 2, problem: 'reordered' });
  });

  it('names entries that were only renumbered as renumbered, not as following a deletion', () => {
    const entries = chainOf(5);
    const shifted = entries.map((entry, index) => (index >= 2 ? { ...entry, seq: entry.seq + 10 } : entry));
    expect(verifyChain(shifted)).toMatchObject({ ok: false, seq: 13, id: 'e3', problem: 'renumbered' });
    expect(verifyChain(entries.map((entry) => ({ ...entry, seq: entry.seq + 1 })))).toMatchObject({ ok: false, seq: 2, problem: 'renumbered' });
    // A real deletion is still a deletion, whatever the numbers say.
    const closedUp = [...entries.slice(0, 2), ...entries.slice(3).map((entry) => ({ ...entry, seq: entry.seq - 1 }))];
    expect(verifyChain(closedUp)).toMatchObject({ ok: false, seq: 3, id: 'e4', problem: 'deleted' });
  });

  it('finds any single tampering anywhere in the chain', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.nat(), fc.constantFrom('edit', 'delete', 'swap'), (count, at, kind) => {
        const entries = chainOf(count);
        const index = at % (count - 1);
        if (kind === 'edit') entries[index] = { ...entries[index]!, id: `${entries[index]!.id}x` };
        else if (kind === 'delete') entries.splice(index, 1);
        else [entries[index], entries[index + 1]] = [entries[index + 1]!, entries[index]!];
        expect(verifyChain(entries).ok).toBe(false);
      }),
    );
  });
});

describe('the head of a chain', () => {
  it('is its length and last hash, printed and read back as N:hash', () => {
    const entries = chainOf(3);
    const head = headOf(entries);
    expect(head).toEqual({ count: 3, hash: entries[2]!.hash });
    expect(headOf([])).toEqual({ count: 0, hash: GENESIS_HASH });
    expect(parseHead(formatHead(head))).toEqual(head);
    expect(parseHead(`3:${entries[2]!.hash.toUpperCase()}`)).toEqual(head);
    for (const bad of ['3', `x:${entries[2]!.hash}`, `3:${entries[2]!.hash.slice(1)}`, `-1:${GENESIS_HASH}`, '']) expect(parseHead(bad)).toBeUndefined();
  });

  it('is reached by the same trail grown since, and not by one cut short or rewritten', () => {
    const entries = chainOf(6);
    const recorded = headOf(entries.slice(0, 4));
    expect(compareHead(entries.slice(0, 4), recorded)).toBeUndefined();
    expect(compareHead(entries, recorded)).toBeUndefined();
    expect(compareHead(entries.slice(0, 3), recorded)).toEqual({ problem: 'shorter', expected: recorded });
    expect(compareHead(chainOf(6).map((entry) => ({ ...entry, hash: '1'.repeat(64) })), recorded)).toEqual({ problem: 'rewritten', expected: recorded });
    expect(compareHead([], headOf([]))).toBeUndefined();
  });
});
