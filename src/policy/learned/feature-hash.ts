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
export const hashText = (text: string, state: number = FNV_OFFSET, end: number = text.length): number => {
  let hash = state;
  for (let index = 0; index < end; index++) hash = hashCode(hash, text.charCodeAt(index));
  return hash;
};

/**
 * An open-addressing table from feature hash to a row number, filled once when a model loads.
 * Two features with the same hash (rare: a few tens of thousands of features in 2^32 hashes)
 * share a row, and the loader adds their weights together.
 */
export interface HashTable {
  /** The row stored for `hash`, or -1. */
  get(hash: number): number;
}

export const createHashTable = (hashes: readonly number[]): { table: HashTable; rowOf: Int32Array } => {
  let capacity = 1;
  while (capacity < hashes.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const keys = new Int32Array(capacity);
  const rows = new Int32Array(capacity).fill(-1);
  // rowOf[i]: the row feature i's weights go to (its own, or the earlier feature it collided with).
  const rowOf = new Int32Array(hashes.length);
  let used = 0;
  hashes.forEach((hash, feature) => {
    let slot = hash & mask;
    while (rows[slot] !== -1 && keys[slot] !== hash) slot = (slot + 1) & mask;
    if (rows[slot] === -1) {
      keys[slot] = hash;
      rows[slot] = used++;
    }
    rowOf[feature] = rows[slot]!;
  });
  return {
    rowOf,
    table: {
      get(hash) {
        let slot = hash & mask;
        for (;;) {
          const row = rows[slot]!;
          if (row === -1) return -1;
          if (keys[slot] === hash) return row;
          slot = (slot + 1) & mask;
        }
      },
    },
  };
};
