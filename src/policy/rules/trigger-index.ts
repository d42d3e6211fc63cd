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

/** Children of ASCII code units sit in one flat table (node * 128 + code); other code units in a map per node. */
const ASCII = 128;

export const createTriggerIndex = (detectors: readonly Detector[]): TriggerIndex => {
  const alwaysRun = detectors.flatMap((detector, position) => (detector.triggers === undefined ? [position] : []));
  if (alwaysRun.length === detectors.length) return { select: () => detectors };

  // A trie over the trigger prefixes: each node knows which detectors a word reaching it selects.
  let asciiNext = new Int32Array(ASCII * 64);
  const otherNext: (Map<number, number> | undefined)[] = [undefined];
  const nodeDetectors: number[][] = [[]];
  const childOf = (node: number, code: number): number =>
    code < ASCII ? asciiNext[node * ASCII + code]! : (otherNext[node]?.get(code) ?? 0);
  const addChild = (node: number, code: number): number => {
    const child = nodeDetectors.length;
    nodeDetectors.push([]);
    otherNext.push(undefined);
    if (asciiNext.length < (child + 1) * ASCII) {
      const grown = new Int32Array(asciiNext.length * 2);
      grown.set(asciiNext);
      asciiNext = grown;
    }
    if (code < ASCII) asciiNext[node * ASCII + code] = child;
    else (otherNext[node] ??= new Map()).set(code, child);
    return child;
  };
  detectors.forEach((detector, position) => {
    for (const trigger of detector.triggers ?? []) {
      const key = trigger.toLowerCase();
      if (key.length === 0) throw new Error(`detector ${detector.id} has an empty trigger`);
      let node = 0;
      for (let index = 0; index < key.length; index++) {
        const code = key.charCodeAt(index);
        node = childOf(node, code) || addChild(node, code);
      }
      if (!nodeDetectors[node]!.includes(position)) nodeDetectors[node]!.push(position);
    }
  });
  // Each node's detectors as a bit set (32 per word), so a walk ORs words instead of looping over lists.
  const words = (detectors.length + 31) >>> 5;
  const masks = new Int32Array(nodeDetectors.length * words);
  nodeDetectors.forEach((positions, node) => {
    for (const position of positions) masks[node * words + (position >>> 5)]! |= 1 << (position & 31);
  });
  const always = new Int32Array(words);
  for (const position of alwaysRun) always[position >>> 5]! |= 1 << (position & 31);
  const next = asciiNext;
  const others = otherNext;
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
            const unit = folded.charCodeAt(at);
            node = unit < ASCII ? next[node * ASCII + unit]! : (others[node]?.get(unit) ?? 0);
            if (node === 0) break;
            const base = node * words;
            for (let word = 0; word < words; word++) selected[word]! |= masks[base + word]!;
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
