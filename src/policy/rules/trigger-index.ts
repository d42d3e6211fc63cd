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

/** Longest prefix looked up per word; longer triggers are cut to this length (a looser gate, never a missed one). */
const MAX_PREFIX = 8;
const WORD = /[\p{L}\p{N}£$€@#]+/gu;

export const createTriggerIndex = (detectors: readonly Detector[]): TriggerIndex => {
  const alwaysRun = detectors.filter((detector) => detector.triggers === undefined);
  const byPrefix = new Map<string, number[]>();
  detectors.forEach((detector, position) => {
    for (const trigger of detector.triggers ?? []) {
      const key = trigger.toLowerCase().slice(0, MAX_PREFIX);
      if (key.length === 0) throw new Error(`detector ${detector.id} has an empty trigger`);
      const positions = byPrefix.get(key) ?? [];
      if (!positions.includes(position)) positions.push(position);
      byPrefix.set(key, positions);
    }
  });
  if (alwaysRun.length === detectors.length) return { select: () => detectors };

  return {
    select: (folded) => {
      const selected = new Uint8Array(detectors.length);
      for (const detector of alwaysRun) selected[detectors.indexOf(detector)] = 1;
      WORD.lastIndex = 0;
      for (let match = WORD.exec(folded); match; match = WORD.exec(folded)) {
        const word = match[0];
        const longest = Math.min(word.length, MAX_PREFIX);
        for (let length = 1; length <= longest; length++) {
          const positions = byPrefix.get(word.slice(0, length));
          if (positions) for (const position of positions) selected[position] = 1;
        }
      }
      return detectors.filter((_, position) => selected[position] === 1);
    },
  };
};
