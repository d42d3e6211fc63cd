import { DraftMemo, type FoldedText } from '../normalise-text.ts';
import { requiredClauses } from './regex-literals.ts';

/**
 * Skips patterns that cannot match a draft. Every gated pattern comes with what each of its
 * matches must contain (see regex-literals.ts): clauses, one per alternative, each a few sets of
 * literals, and a match satisfies some clause entirely (a literal of every one of its sets is
 * in the draft). One Aho–Corasick pass over the folded draft finds the sets present, then the
 * clauses they complete; patterns with no complete clause are not run at all. Most drafts
 * complete few clauses, so most of the detectors' regular-expression work disappears.
 *
 * Patterns are registered with `gated` where they are defined (module level), or the first
 * time findAll sees them, so the automaton is built once or a few times. A gate is only valid
 * for subjects that are the folded text or a part of it: a match in a part is a match of the
 * same characters in the whole.
 */

interface Automaton {
  /** Patterns it covers (ids below this). */
  readonly version: number;
  /** Symbol of each UTF-16 code unit (0: a unit no literal uses). */
  readonly symbols: Uint16Array;
  readonly alphabet: number;
  /** Full transition table: state * alphabet + symbol. */
  readonly delta: Uint16Array;
  /**
   * Literal sets with a literal ending at each state (including literals ending in its
   * suffixes): `outputSets[outputStart[state] .. outputStart[state + 1])`, as `set * 2`, plus 1
   * when clauses are anchored on the set. Flat typed arrays throughout, so the scan reads them
   * without chasing pointers.
   */
  readonly outputStart: Int32Array;
  readonly outputSets: Int32Array;
  /**
   * The clauses anchored on each set, checked when the set is present, laid out one after the
   * other in `anchored[anchorStart[set] .. anchorStart[set + 1])` as: pattern id, number of
   * other sets, those sets. Read in order, so the check walks memory sequentially.
   */
  readonly anchorStart: Int32Array;
  readonly anchored: Int32Array;
  readonly setCount: number;
}

/** Each pattern seen: its id, or UNGATED when what it requires could not be worked out (it always runs). */
const ids = new WeakMap<RegExp, number>();
const UNGATED = -1;
/** Per pattern id: its clauses, each a list of literal sets. */
const clausesById: (readonly (readonly string[])[])[][] = [];
const patterns: RegExp[] = [];
let automaton: Automaton | undefined;

/** The gated patterns so far, in registration order (for tests that check every gate). */
export const gatedPatterns = (): readonly RegExp[] => patterns;

/**
 * Registers a pattern for gating and returns it. Patterns whose requirements cannot be worked
 * out are returned as they are and always run.
 */
export const gated = <T extends RegExp>(pattern: T): T => {
  if (ids.has(pattern)) return pattern;
  const clauses = requiredClauses(pattern);
  const kept = clauses?.map(strongest);
  const added = new Set(kept?.flat(2).filter((literal) => !knownLiterals.has(literal)));
  const size = [...added].reduce((chars, literal) => chars + literal.length, 0);
  if (kept && clausesById.length < MAX_PATTERNS && literalChars + size <= MAX_LITERAL_CHARS) {
    ids.set(pattern, clausesById.length);
    clausesById.push(kept);
    patterns.push(pattern);
    for (const literal of added) knownLiterals.add(literal);
    literalChars += size;
  } else ids.set(pattern, UNGATED);
  return pattern;
};

/** Beyond this many patterns (only reachable if patterns were built per draft), new ones run ungated. */
const MAX_PATTERNS = 2000;
/** The automaton has at most one state per literal character plus its root; states are 16-bit. */
const MAX_LITERAL_CHARS = 0xfffe;
/** Distinct literals so far and their characters: the trie has at most that many states, plus its root. */
const knownLiterals = new Set<string>();
let literalChars = 0;
/**
 * Literals are cut to their first few characters (any part of a required literal is required
 * too): the automaton stays small enough to sit in cache, at little cost in selectivity.
 */
const MAX_LITERAL = 6;

/** The literals cut short, without those that contain another (which adds nothing). */
const shortened = (literals: readonly string[]): readonly string[] => {
  const cut = [...new Set(literals.map((literal) => literal.slice(0, MAX_LITERAL)))].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const literal of cut) if (!kept.some((shorter) => literal.includes(shorter))) kept.push(literal);
  return kept.sort();
};

/**
 * A clause's sets, cut short, keeping the first (most selective) and only other sets whose
 * literals are at least a few characters long: a set like " " or "s" is in nearly every draft,
 * so it costs a scan step at every one and rules nothing out. Dropping a requirement only lets
 * more drafts through.
 */
const strongest = (clause: readonly (readonly string[])[]): (readonly string[])[] =>
  clause.map(shortened).filter((set, index) => index === 0 || set.every((literal) => literal.length >= MIN_EXTRA_LITERAL));
const MIN_EXTRA_LITERAL = 3;

/** Flattens lists into CSR form: items of list i are `items[start[i] .. start[i + 1])`. */
const flatten = (lists: readonly (readonly number[])[]): { start: Int32Array; items: Int32Array } => {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, index) => (start[index + 1] = start[index]! + list.length));
  const items = new Int32Array(start[lists.length]!);
  lists.forEach((list, index) => items.set(list, start[index]!));
  return { start, items };
};

const build = (): Automaton => {
  const version = clausesById.length;
  // Literal sets, shared between clauses that require the same one.
  const setIds = new Map<string, number>();
  const sets: (readonly string[])[] = [];
  const clauseSetLists: number[][] = [];
  const clausePatterns: number[] = [];
  clausesById.forEach((clauses, pattern) => {
    for (const clause of clauses) {
      clauseSetLists.push(clause.map((set) => {
        const key = set.join('\u0000');
        let id = setIds.get(key);
        if (id === undefined) {
          setIds.set(key, (id = sets.length));
          sets.push(set);
        }
        return id;
      }));
      clausePatterns.push(pattern);
    }
  });
  // Each clause is looked at when its first (most selective) set is present.
  const anchorLists: number[][] = sets.map(() => []);
  clauseSetLists.forEach((setList, clause) => anchorLists[setList[0]!]!.push(clause));
  // Letters and the space get a symbol each; every other character a literal uses shares one
  // symbol with the rest of its kind (digits, or anything else). Sharing only makes the automaton
  // match more (never less), and a small alphabet keeps the table small enough to stay in cache.
  const symbols = new Uint16Array(0x10000);
  for (let letter = 0x61; letter <= 0x7a; letter++) symbols[letter] = letter - 0x60;
  symbols[0x20] = 27;
  const DIGIT = 28;
  const OTHER = 29;
  const alphabet = 30;
  for (const literals of sets) {
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
  sets.forEach((literals, id) => {
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
  const delta = new Int32Array(states * alphabet);
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
  // Renumbered breadth first, so the shallow states every draft keeps visiting sit together,
  // in 16-bit cells: the part of the table a scan touches stays in cache.
  const order = [0, ...queue];
  const renumbered = new Int32Array(states);
  order.forEach((state, index) => (renumbered[state] = index));
  const compact = new Uint16Array(states * alphabet);
  order.forEach((state, index) => {
    for (let symbol = 0; symbol < alphabet; symbol++) compact[index * alphabet + symbol] = renumbered[delta[state * alphabet + symbol]!]!;
  });
  // Each output is `set * 2 + 1` when clauses are anchored on the set, `set * 2` when it only
  // needs stamping (it is some clause's second or third set).
  const output = flatten(order.map((state) => (outputs[state] ?? []).map((set) => set * 2 + (anchorLists[set]!.length > 0 ? 1 : 0))));
  const anchors = flatten(anchorLists.map((clauses) => clauses.flatMap((clause) => [clausePatterns[clause]!, clauseSetLists[clause]!.length - 1, ...clauseSetLists[clause]!.slice(1)])));
  return { version, symbols, alphabet, delta: compact, outputStart: output.start, outputSets: output.items, anchorStart: anchors.start, anchored: anchors.items, setCount: sets.length };
};

/** The scan that read each draft; its results hold while no other draft has been scanned since. */
const present = new DraftMemo<number>();
/** Drafts scanned since the automaton was last built. */
let scansSinceBuild = 0;
/**
 * Patterns registered after the automaton was built run ungated until it is rebuilt, which
 * waits this many drafts: patterns first seen while the first drafts are checked are taken in
 * a few rebuilds, not one each.
 */
const REBUILD_AFTER_SCANS = 64;

// Scratch shared by every scan (one draft at a time): a set is present in this scan when its
// stamp equals `scan`, so nothing needs clearing between drafts.
let stamps = new Uint32Array(0);
let scan = 0;
let hits = new Int32Array(0);
/** Per pattern: the last scan in which it may match. */
let mayMatchIn = new Uint32Array(0);

/**
 * Scans the folded draft (unless it is the draft scanned last): one pass for the literal sets
 * present, then the clauses they complete. Returns the scan's number: pattern `id` may match
 * when `mayMatchIn[id]` equals it.
 */
const scanOf = (text: FoldedText): number => {
  const known = present.get(text);
  if (known !== undefined && known === scan) return known;
  if (!automaton || (automaton.version !== clausesById.length && scansSinceBuild >= REBUILD_AFTER_SCANS)) {
    automaton = build();
    scansSinceBuild = 0;
    stamps = new Uint32Array(automaton.setCount);
    hits = new Int32Array(automaton.setCount);
    mayMatchIn = new Uint32Array(automaton.version);
  }
  scansSinceBuild += 1;
  scan += 1;
  if (scan === 0xffffffff) {
    stamps.fill(0);
    mayMatchIn.fill(0);
    scan = 1;
  }
  const { symbols, alphabet, delta, outputStart, outputSets, anchorStart, anchored } = automaton;
  const folded = text.folded;
  // Locals, not the module's variables, inside the loops.
  const seen = stamps;
  const found = hits;
  const patterns = mayMatchIn;
  const stamp = scan;
  let hitCount = 0;
  let state = 0;
  for (let index = 0; index < folded.length; index++) {
    state = delta[state * alphabet + symbols[folded.charCodeAt(index)]!]!;
    const end = outputStart[state + 1]!;
    for (let i = outputStart[state]!; i < end; i++) {
      const output = outputSets[i]!;
      const set = output >> 1;
      if (seen[set] !== stamp) {
        seen[set] = stamp;
        if ((output & 1) !== 0) found[hitCount++] = set;
      }
    }
  }
  for (let h = 0; h < hitCount; h++) {
    const set = found[h]!;
    const end = anchorStart[set + 1]!;
    for (let at = anchorStart[set]!; at < end; ) {
      const pattern = anchored[at]!;
      const others = anchored[at + 1]!;
      const first = at + 2;
      at = first + others;
      if (patterns[pattern] === stamp) continue;
      let complete = true;
      for (let c = first; c < at && complete; c++) complete = seen[anchored[c]!] === stamp;
      if (complete) patterns[pattern] = stamp;
    }
  }
  present.set(text, stamp);
  return stamp;
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
  const stamp = scanOf(text);
  return id >= mayMatchIn.length || mayMatchIn[id] === stamp;
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
