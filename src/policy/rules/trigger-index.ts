import type { Detector } from './detector.ts';

/**
 * Which detectors a draft can possibly trigger, found in one pass over its words. A detector
 * that declares `triggers` (word prefixes, lower-case, as they appear in the folded text) runs
 * only when some word of the draft starts with one of them; one without triggers always runs.
 * Most drafts trigger few detectors, so this is where the checker's speed comes from.
 */
export interface TriggerIndex {
  /** The detectors to run for this folded text, in registry order. */
  select(folded: string): readonly Detector[];
}

/** A trie over trigger prefixes: each node knows which detectors a word reaching it selects. */
interface TrieNode {
  readonly next: Map<number, TrieNode>;
  readonly detectors: number[];
}

const newNode = (): TrieNode => ({ next: new Map(), detectors: [] });

/** Characters that make up a word for triggers (letters, digits and the symbols detectors key on). */
const isWordChar = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x40 || code === 0x23 || code === 0x24 || code === 0xa3 || code === 0x20ac ||
  (code > 0x7f && /[\p{L}\p{N}]/u.test(String.fromCharCode(code)));

export const createTriggerIndex = (detectors: readonly Detector[]): TriggerIndex => {
  const alwaysRun = detectors.flatMap((detector, position) => (detector.triggers === undefined ? [position] : []));
  if (alwaysRun.length === detectors.length) return { select: () => detectors };
  const root = newNode();
  detectors.forEach((detector, position) => {
    for (const trigger of detector.triggers ?? []) {
      const key = trigger.toLowerCase();
      if (key.length === 0) throw new Error(`detector ${detector.id} has an empty trigger`);
      let node = root;
      for (let index = 0; index < key.length; index++) {
        const code = key.charCodeAt(index);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = newNode()));
        node = child;
      }
      if (!node.detectors.includes(position)) node.detectors.push(position);
    }
  });

  return {
    select: (folded) => {
      const selected = new Uint8Array(detectors.length);
      for (const position of alwaysRun) selected[position] = 1;
      // One pass: at each word start, walk the trie as far as the word's letters go.
      let inWord = false;
      for (let index = 0; index < folded.length; index++) {
        const code = folded.charCodeAt(index);
        const wordChar = isWordChar(code);
        if (wordChar && !inWord) {
          let node: TrieNode | undefined = root;
          for (let at = index; node && at < folded.length; at++) {
            node = node.next.get(folded.charCodeAt(at));
            if (node) for (const position of node.detectors) selected[position] = 1;
          }
        }
        inWord = wordChar;
      }
      return detectors.filter((_, position) => selected[position] === 1);
    },
  };
};
