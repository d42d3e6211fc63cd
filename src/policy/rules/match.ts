import { DraftMemo, toOriginalSpan, type FoldedText } from '../normalise-text.ts';
import type { Span } from '../types.ts';
import { factorAlternatives } from './factor-alternatives.ts';
import { mayMatchLasting } from './literal-gate.ts';

/** One regular-expression match on the folded text, with its span in the original draft. */
export interface Match {
  readonly span: Span;
  /** The matched folded text (lower-case). */
  readonly text: string;
  /** Folded offsets, for looking around the match. */
  readonly foldedStart: number;
  readonly foldedEnd: number;
  readonly groups: readonly (string | undefined)[];
}

/** Each pattern's matches in a draft, kept for the other detectors that run the same pattern (shared cue lists). */
const matchesByDraft = new DraftMemo<Map<RegExp, readonly Match[]>>();

/**
 * Every non-overlapping match of `pattern` in the folded text. The pattern must be global and
 * free of nested quantifiers (no catastrophic backtracking); empty matches are skipped. It must
 * also be long-lived (a module constant, or cached per policy): it is registered for gating.
 * A pattern is run once per draft; the caller gets its own array of the matches.
 */
export const findAll = (text: FoldedText, pattern: RegExp): Match[] => {
  if (!pattern.global) throw new Error(`findAll needs a global pattern: ${pattern}`);
  pattern.lastIndex = 0;
  // A pattern none of whose required literals is in the draft has no match (lastIndex stays 0, as
  // after a full scan). Patterns passed here are module constants or cached per policy, so they
  // are registered for gating the first time they are seen.
  if (!mayMatchLasting(text, pattern)) return [];
  let byPattern = matchesByDraft.get(text);
  const known = byPattern?.get(pattern);
  if (known) return known.slice();
  const matches = scan(text, pattern);
  if (!byPattern) matchesByDraft.set(text, (byPattern = new Map()));
  byPattern.set(pattern, matches.length === 0 ? NONE : matches.slice());
  return matches;
};
const NONE: readonly Match[] = [];

/** The scan behind `findAll`, run with the pattern's faster twin (same matches; lastIndex is 0 before and after). */
const scan = (text: FoldedText, pattern: RegExp): Match[] => {
  const matches: Match[] = [];
  const runner = factorAlternatives(pattern);
  runner.lastIndex = 0;
  for (let found = runner.exec(text.folded); found; found = runner.exec(text.folded)) {
    if (found[0].length === 0) {
      runner.lastIndex += 1;
      continue;
    }
    const foldedStart = found.index;
    const foldedEnd = found.index + found[0].length;
    matches.push({ span: toOriginalSpan(text, foldedStart, foldedEnd), text: found[0], foldedStart, foldedEnd, groups: found.slice(1) });
  }
  return matches;
};

const escapeRegExp = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The source of `phrasePattern`'s pattern; undefined when there are no phrases. */
export const phraseSource = (phrases: readonly string[]): string | undefined => {
  const alternatives = [...new Set(phrases.map((phrase) => phrase.trim().toLowerCase()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => {
      const open = phrase.endsWith('*');
      const body = escapeRegExp(open ? phrase.slice(0, -1) : phrase).replace(/\s+/g, '\\s+');
      return open ? `${body}[\\p{L}\\p{N}']*` : body;
    });
  if (alternatives.length === 0) return undefined;
  return `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`;
};

/**
 * A global, case-insensitive pattern matching any of the phrases as whole words. Spaces in a
 * phrase match any run of spaces; a trailing `*` allows any word ending ("promis*").
 */
export const phrasePattern = (phrases: readonly string[]): RegExp => {
  const source = phraseSource(phrases);
  return source === undefined ? /(?!)/gu : new RegExp(source, 'giu');
};
