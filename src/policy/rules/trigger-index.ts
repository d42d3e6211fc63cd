import { addToTrie, createGrowingTrie } from './growing-trie.ts';
import type { Detector } from './detector.ts';

/**
 * Which detectors a draft can possibly trigger, found in one pass over its words. A detector
 * that declares `triggers` (word prefixes, lower-case, as they appear in the folded text) runs
 * only when some word of the draft starts with one of them; one without triggers always runs.
 * A word starts at any word character that does not follow a letter a-z ("#therapy", "2therapists"
 * and "@therapyhub" all hold a word starting "therap"), so a trigger is seen wherever a pattern
 * bounded by (?<![a-z]) or (?<![\p{L}\p{N}]) can start.
 * Most drafts trigger few detectors, so this is where the checker's speed comes from.
 */
export interface TriggerIndex {
  /** The detectors to run for this folded text, in registry order. */
  select(folded: string): readonly Detector[];
}

/** Characters that make up a word for triggers (letters, digits and the symbols detectors key on). */
const isWordCharSlow = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x40 || code === 0x23 || code === 0x24 || code === 0xa3 || code === 0x20ac ||
  (code > 0x7f && /[\p{L}\p{N}]/u.test(String.fromCharCode(code)));

// Per UTF-16 code unit: 0 = not classified yet, 1 = word character, 2 = not. Filled lazily, shared by every index.
const wordCharClass = new Uint8Array(0x10000);
const isWordChar = (code: number): boolean => {
  let known = wordCharClass[code]!;
  if (known === 0) wordCharClass[code] = known = isWordCharSlow(code) ? 1 : 2;
  return known === 1;
};

/**
 * The trie, packed for the walk. Most nodes (two in three) have one child: those keep it as a
 * code unit and a node. The others get a row in a dense table over a small alphabet (the ASCII
 * code units some trigger uses), and a map for other code units. A row per node over all 128
 * ASCII code units made a table of several megabytes, which a long draft's walk kept missing in cache.
 * A node's fields and its detectors' bits sit side by side in one record of `nodes`: the walk
 * runs after the detectors of the previous draft have pushed the trie out of cache, and one
 * record per step is one cache miss where four parallel arrays were four.
 */
interface PackedTrie {
  /**
   * Per node, `stride` cells from `node * stride`: its only child's code unit (or -1 when it
   * has none or several), that child, its row in `rows` (times `columns`) or -1, then the
   * detectors it selects as a bit set (32 per cell).
   */
  readonly nodes: Int32Array;
  readonly stride: number;
  /** Per ASCII code unit: its column, or -1 when no trigger holds it. */
  readonly column: Int32Array;
  readonly rows: Int32Array;
  /** Per node: children by code unit for code units past ASCII. */
  readonly others: readonly (ReadonlyMap<number, number> | undefined)[];
}

/** Where a node's fields sit in its record. */
const ONLY_CODE = 0;
const ONLY_CHILD = 1;
const ROW_START = 2;
const MASKS = 3;

/** The trie node reached from `node` by code unit `unit`, or 0 (the root: no such child). */
const childIn = (trie: PackedTrie, node: number, unit: number): number => {
  const record = node * trie.stride;
  if (trie.nodes[record + ONLY_CODE] === unit) return trie.nodes[record + ONLY_CHILD]!;
  if (unit < ASCII) {
    const start = trie.nodes[record + ROW_START]!;
    const column = trie.column[unit]!;
    return start < 0 || column < 0 ? 0 : trie.rows[start + column]!;
  }
  return trie.others[node]?.get(unit) ?? 0;
};

const ASCII = 128;

/** Packs a trie given as one map of children per node (node 0 is the root) and the detector positions each node selects. */
const packTrie = (children: readonly Map<number, number>[], nodeDetectors: readonly (readonly number[])[], words: number): PackedTrie => {
  const codes = [...new Set(children.flatMap((map) => [...map.keys()].filter((code) => code < ASCII)))].sort((a, b) => a - b);
  const column = new Int32Array(ASCII).fill(-1);
  codes.forEach((code, index) => (column[code] = index));
  const stride = MASKS + words;
  const nodes = new Int32Array(children.length * stride);
  const others: (Map<number, number> | undefined)[] = [];
  const rowOf: number[] = [];
  children.forEach((map, node) => {
    const record = node * stride;
    nodes[record + ONLY_CODE] = -1;
    nodes[record + ROW_START] = -1;
    for (const position of nodeDetectors[node]!) nodes[record + MASKS + (position >>> 5)]! |= 1 << (position & 31);
    if (map.size === 1) {
      const [[code, child]] = [...map] as [[number, number]];
      nodes[record + ONLY_CODE] = code;
      nodes[record + ONLY_CHILD] = child;
      others.push(undefined);
      return;
    }
    const wide = [...map].filter(([code]) => code >= ASCII);
    others.push(wide.length > 0 ? new Map(wide) : undefined);
    if (wide.length < map.size) {
      nodes[record + ROW_START] = rowOf.length * codes.length;
      rowOf.push(node);
    }
  });
  const rows = new Int32Array(rowOf.length * codes.length);
  rowOf.forEach((node, row) => {
    for (const [code, child] of children[node]!) if (code < ASCII) rows[row * codes.length + column[code]!] = child;
  });
  return { nodes, stride, column, rows, others };
};

export const createTriggerIndex = (detectors: readonly Detector[]): TriggerIndex => {
  const alwaysRun = detectors.flatMap((detector, position) => (detector.triggers === undefined ? [position] : []));
  if (alwaysRun.length === detectors.length) return { select: () => detectors };

  // A trie over the trigger prefixes: each node knows which detectors a word reaching it selects.
  const growing = createGrowingTrie();
  detectors.forEach((detector, position) => {
    for (const trigger of detector.triggers ?? []) {
      const key = trigger.toLowerCase();
      if (key.length === 0) throw new Error(`detector ${detector.id} has an empty trigger`);
      addToTrie(growing, key, position);
    }
  });
  // Each node's detectors as a bit set (32 per word), so a walk ORs words instead of looping over lists.
  const words = (detectors.length + 31) >>> 5;
  const trie = packTrie(growing.children, growing.ends, words);
  const { nodes, stride } = trie;
  const always = new Int32Array(words);
  for (const position of alwaysRun) always[position >>> 5]! |= 1 << (position & 31);
  const selected = new Int32Array(words);

  return {
    select: (folded) => {
      selected.set(always);
      // One pass: at each word start, walk the trie as far as the word's letters go. A word starts
      // at any word character not preceded by a letter a-z, so "#therapy", "@therapy" and
      // "2therapists" start one at "therapy" too: detectors' patterns mostly bound words with
      // (?<![a-z]) or (?<![\p{L}\p{N}]), and a trigger must be seen wherever such a pattern can start.
      let afterLetter = false;
      const length = folded.length;
      for (let index = 0; index < length; index++) {
        const code = folded.charCodeAt(index);
        const letter = code >= 0x61 && code <= 0x7a;
        const wordChar = code < ASCII ? letter || (code >= 0x30 && code <= 0x39) || code === 0x40 || code === 0x23 || code === 0x24 : isWordChar(code);
        if (wordChar && !afterLetter) {
          let node = 0;
          for (let at = index; at < length; at++) {
            node = childIn(trie, node, folded.charCodeAt(at));
            if (node === 0) break;
            const masks = node * stride + MASKS;
            for (let word = 0; word < words; word++) selected[word]! |= nodes[masks + word]!;
          }
        }
        afterLetter = letter;
      }
      const chosen: Detector[] = [];
      for (let position = 0; position < detectors.length; position++) {
        if ((selected[position >>> 5]! & (1 << (position & 31))) !== 0) chosen.push(detectors[position]!);
      }
      return chosen;
    },
  };
};
