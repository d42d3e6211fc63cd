import { DraftMemo, type FoldedText } from '../normalise-text.ts';
import { requiredLiterals } from './regex-literals.ts';

/**
 * Skips patterns that cannot match a draft. Every gated pattern has literals one of which each
 * of its matches contains (see regex-literals.ts); one Aho–Corasick pass over the folded draft
 * finds which patterns have one present, and the rest are not run at all. Most drafts hold
 * the literals of few patterns, so most of the detectors' regular-expression work disappears.
 *
 * Patterns are registered with `gated` where they are defined (module level), so the automaton
 * is built once. A gate is only valid for subjects that are the folded text or a part of it:
 * a match in a part is a match of the same characters in the whole.
 */

interface Automaton {
  /** Registrations it covers. */
  readonly version: number;
  /** Symbol of each UTF-16 code unit (0: a unit no literal uses). */
  readonly symbols: Uint16Array;
  readonly alphabet: number;
  /** Full transition table: state * alphabet + symbol. */
  readonly delta: Uint16Array | Int32Array;
  /**
   * Pattern ids whose literal ends at each state (including literals ending in its suffixes):
   * `outputIds[outputStart[state] .. outputStart[state + 1])`. Flat typed arrays, so the scan
   * reads them without chasing pointers.
   */
  readonly outputStart: Int32Array;
  readonly outputIds: Int32Array;
}

/** Each pattern seen: its id, or UNGATED when its literals could not be worked out (it always runs). */
const ids = new WeakMap<RegExp, number>();
const UNGATED = -1;
const literalsById: (readonly string[])[] = [];
let automaton: Automaton | undefined;

/**
 * Registers a pattern for gating and returns it. Patterns whose literals cannot be worked out
 * are returned as they are and always run.
 */
export const gated = <T extends RegExp>(pattern: T): T => {
  if (ids.has(pattern)) return pattern;
  const literals = requiredLiterals(pattern);
  if (literals && literalsById.length < MAX_PATTERNS) {
    ids.set(pattern, literalsById.length);
    literalsById.push(shortened(literals));
  } else ids.set(pattern, UNGATED);
  return pattern;
};

/** Beyond this many patterns (only reachable if patterns were built per draft), new ones run ungated. */
const MAX_PATTERNS = 2000;
/**
 * Literals are cut to their first few characters (any part of a required literal is required
 * too): the automaton stays small enough to sit in cache, at little cost in selectivity.
 */
const MAX_LITERAL = 5;

/** The literals cut short, without those that contain another (which adds nothing). */
const shortened = (literals: readonly string[]): readonly string[] => {
  const cut = [...new Set(literals.map((literal) => literal.slice(0, MAX_LITERAL)))].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const literal of cut) if (!kept.some((shorter) => literal.includes(shorter))) kept.push(literal);
  return kept;
};

const build = (): Automaton => {
  const version = literalsById.length;
  // Letters and the space get a symbol each; every other character a literal uses shares one
  // symbol with the rest of its kind (digits, or anything else). Sharing only makes the automaton
  // match more (never less), and a small alphabet keeps the table small enough to stay in cache.
  const symbols = new Uint16Array(0x10000);
  for (let letter = 0x61; letter <= 0x7a; letter++) symbols[letter] = letter - 0x60;
  symbols[0x20] = 27;
  const DIGIT = 28;
  const OTHER = 29;
  const alphabet = 30;
  for (const literals of literalsById) {
    for (const literal of literals) {
      for (let i = 0; i < literal.length; i++) {
        const unit = literal.charCodeAt(i);
        if (symbols[unit] === 0) symbols[unit] = unit >= 0x30 && unit <= 0x39 ? DIGIT : OTHER;
      }
    }
  }
  // The trie, with children in maps while it grows.
  const children: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  literalsById.forEach((literals, id) => {
    for (const literal of literals) {
      let node = 0;
      for (let i = 0; i < literal.length; i++) {
        const symbol = symbols[literal.charCodeAt(i)]!;
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
    }
  });
  // Breadth first: each state's failure link, its full row of transitions and merged outputs.
  const states = children.length;
  // 16-bit states when they fit: half the table, so more of it stays in cache.
  const delta = states <= 0xffff ? new Uint16Array(states * alphabet) : new Int32Array(states * alphabet);
  const fail = new Int32Array(states);
  const outputs: (number[] | undefined)[] = [];
  for (let state = 0; state < states; state++) outputs.push(undefined);
  const queue: number[] = [];
  for (const [symbol, child] of children[0]!) {
    delta[symbol] = child;
    fail[child] = 0;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const merged = [...ends[state]!, ...(outputs[fail[state]!] ?? [])];
    outputs[state] = merged.length > 0 ? [...new Set(merged)] : undefined;
    const row = state * alphabet;
    const failRow = fail[state]! * alphabet;
    for (let symbol = 0; symbol < alphabet; symbol++) delta[row + symbol] = delta[failRow + symbol]!;
    for (const [symbol, child] of children[state]!) {
      delta[row + symbol] = child;
      fail[child] = delta[failRow + symbol]!;
      queue.push(child);
    }
  }
  // Symbol 0 (a unit no literal uses) always leads back to the root.
  for (let state = 0; state < states; state++) delta[state * alphabet] = 0;
  const outputStart = new Int32Array(states + 1);
  for (let state = 0; state < states; state++) outputStart[state + 1] = outputStart[state]! + (outputs[state]?.length ?? 0);
  const outputIds = new Int32Array(outputStart[states]!);
  for (let state = 0; state < states; state++) outputIds.set(outputs[state] ?? [], outputStart[state]!);
  return { version, symbols, alphabet, delta, outputStart, outputIds };
};

const present = new DraftMemo<Uint8Array>();
/** Drafts scanned since the automaton was last built. */
let scansSinceBuild = 0;
/**
 * Patterns registered after the automaton was built run ungated until it is rebuilt, which
 * waits this many drafts: patterns first seen while the first drafts are checked are taken in
 * a few rebuilds, not one each.
 */
const REBUILD_AFTER_SCANS = 64;

/** Which gated patterns have one of their literals in the folded draft: one pass, cached per draft. */
const presentIn = (text: FoldedText): Uint8Array => {
  const known = present.get(text);
  if (known) return known;
  if (!automaton || (automaton.version !== literalsById.length && scansSinceBuild >= REBUILD_AFTER_SCANS)) {
    automaton = build();
    scansSinceBuild = 0;
  }
  scansSinceBuild += 1;
  const { symbols, alphabet, delta, outputStart, outputIds, version } = automaton;
  const flags = new Uint8Array(version);
  const folded = text.folded;
  let state = 0;
  for (let index = 0; index < folded.length; index++) {
    state = delta[state * alphabet + symbols[folded.charCodeAt(index)]!]!;
    const end = outputStart[state + 1]!;
    for (let i = outputStart[state]!; i < end; i++) flags[outputIds[i]!] = 1;
  }
  present.set(text, flags);
  return flags;
};

/**
 * False only when `pattern` (registered with `gated`) cannot match the folded draft or any part
 * of it; true for patterns that are not gated (or not yet in the automaton).
 */
export const mayMatch = (text: FoldedText, pattern: RegExp): boolean => {
  const id = ids.get(pattern);
  return id === undefined || allowed(text, id);
};

const allowed = (text: FoldedText, id: number): boolean => {
  if (id === UNGATED) return true;
  const flags = presentIn(text);
  return id >= flags.length || flags[id] === 1;
};

/**
 * `mayMatch` for a pattern that lives as long as the program (a module constant, or one cached
 * per policy): registers it the first time it is seen.
 */
export const mayMatchLasting = (text: FoldedText, pattern: RegExp): boolean => {
  let id = ids.get(pattern);
  if (id === undefined) {
    gated(pattern);
    id = ids.get(pattern)!;
  }
  return allowed(text, id);
};
