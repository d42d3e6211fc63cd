/**
 * A trie while it is being built: each node's children in a map (by symbol) and the ids of the
 * keys that end there. The literal gate's automaton and the trigger index both grow one, then
 * pack it into arrays of their own.
 */
export interface GrowingTrie {
  readonly children: Map<number, number>[];
  readonly ends: number[][];
}

export const createGrowingTrie = (): GrowingTrie => ({ children: [new Map()], ends: [[]] });

/** Adds `key`, each code unit read as `symbolOf(code)`, as ending `id` (once). */
export const addToTrie = (trie: GrowingTrie, key: string, id: number, symbolOf: (code: number) => number = (code) => code): void => {
  const { children, ends } = trie;
  let node = 0;
  for (let index = 0; index < key.length; index++) {
    const symbol = symbolOf(key.charCodeAt(index));
    let child = children[node]!.get(symbol);
    if (child === undefined) {
      child = children.length;
      children.push(new Map());
      ends.push([]);
      children[node]!.set(symbol, child);
    }
    node = child;
  }
  if (!ends[node]!.includes(id)) ends[node]!.push(id);
};
