import { splitBlocks } from './split-blocks.ts';

/**
 * A plain-text policy as its title, the text before its first heading, and each heading with
 * the paragraphs under it; where some headings say how deep they are ("2.1", "##"), every
 * heading gets a level.
 */

/** A heading and the paragraphs under it, up to the next heading. */
export interface Unit {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  /** How deep the heading is (numbering, markdown, or one deeper than the last heading that said); absent when no heading says. */
  readonly level?: number;
}

/** The headings with the paragraphs under each; the first heading, when the text opens with one that is not numbered, is the title. */
export const readUnits = (text: string): { title?: string; opening: string[]; units: Unit[] } => {
  const blocks = splitBlocks(text);
  const first = blocks[0];
  const title = first?.kind === 'heading' && !first.numbered ? (blocks.shift(), first.text) : undefined;
  const opening: string[] = [];
  const units: { heading: string; paragraphs: string[]; level?: number }[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') units.push({ heading: block.text, paragraphs: [], ...(block.level ? { level: block.level } : {}) });
    else (units.at(-1)?.paragraphs ?? opening).push(block.text);
  }
  // Where some headings say how deep they are, one that does not sits under the last that did.
  if (units.some((unit) => unit.level)) {
    let last: number | undefined;
    for (const unit of units) {
      if (unit.level) last = unit.level;
      else if (last) unit.level = last + 1;
    }
  }
  return { ...(title ? { title } : {}), opening, units };
};
