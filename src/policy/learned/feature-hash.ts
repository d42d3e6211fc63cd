/**
 * Features are looked up by a 32-bit FNV-1a hash of their text, computed from the words as they
 * are read: the checker never builds the feature strings ("incom~ people") that training uses,
 * and a lookup is an integer probe instead of hashing a fresh string. FNV-1a reads one code unit
 * at a time, so the hash of "a b" continues the hash of "a" — which is how pairs are hashed.
 */

export const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash state after one more UTF-16 code unit. */
export const hashCode = (state: number, code: number): number => Math.imul(state ^ code, FNV_PRIME);

/** The hash of `text` (or of whatever `state` was the hash of, followed by `text`). */
export const hashText = (text: string, state: number = FNV_OFFSET, end: number = text.length): number => hashRange(text, 0, end, state);

/** `hashText(text.slice(start, end), state)`, without the slice. */
export const hashRange = (text: string, start: number, end: number, state: number = FNV_OFFSET): number => {
  let hash = state;
  for (let index = start; index < end; index++) hash = hashCode(hash, text.charCodeAt(index));
  return hash;
};

/** An open-addressing table from feature hash to its row (the hash's index in the model), built once at load. */
export interface HashTable {
  /** The row stored for `hash`, or -1. */
  get(hash: number): number;
}

/** `hashes` must be distinct (the trainer merges features whose texts hash alike). */
export const createHashTable = (hashes: Int32Array): HashTable => {
  let capacity = 1;
  while (capacity < hashes.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const keys = new Int32Array(capacity);
  const rows = new Int32Array(capacity).fill(-1);
  hashes.forEach((hash, row) => {
    let slot = hash & mask;
    while (rows[slot] !== -1) {
      if (keys[slot] === hash) throw new Error(`model has feature hash ${hash} twice`);
      slot = (slot + 1) & mask;
    }
    keys[slot] = hash;
    rows[slot] = row;
  });
  return {
    get(hash) {
      let slot = hash & mask;
      for (;;) {
        const row = rows[slot]!;
        if (row === -1 || keys[slot] === hash) return row;
        slot = (slot + 1) & mask;
      }
    },
  };
};
