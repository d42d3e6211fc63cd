import { DraftMemo, type FoldedText } from '../normalise-text.ts';
import { buildAutomaton, type Automaton } from './literal-automaton.ts';
import { createLiteralStateBudget } from './literal-state-budget.ts';
import { requiredClauses } from './regex-literals.ts';
import { strongest, type Requirements } from './literal-cuts.ts';

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

/** Each pattern seen: its id, or UNGATED when what it requires could not be worked out (it always runs). */
const ids = new WeakMap<RegExp, number>();
const UNGATED = -1;
/** Per pattern id: its clauses, each a list of literal sets. */
const clausesById: Exclude<Requirements, null>[] = [];
const patterns: RegExp[] = [];
let automaton: Automaton | undefined;

/** The gated patterns so far, in registration order (for tests that check every gate). */
export const gatedPatterns = (): readonly RegExp[] => patterns;


/**
 * Earlier analyses of patterns, by their source and flags. Reading every pattern's source at
 * load is most of the rules' start-up time, and the answers only change with the patterns or
 * the analysis code; the core does no I/O, so a composition root may install a cache that keeps
 * them between runs (see src/literal-gate-cache.ts).
 */
export interface AnalysisCache {
  /** The analysis kept for this pattern, or undefined when there is none. */
  get(pattern: RegExp): Requirements | undefined;
  /** Keeps a fresh analysis. */
  set(pattern: RegExp, requirements: Requirements): void;
  /** An automaton built before for exactly these clauses (by pattern id), if one was kept: building one takes tens of ms. */
  automatonFor?(clausesById: readonly Exclude<Requirements, null>[]): Automaton | undefined;
  /** Keeps an automaton just built for these clauses. */
  keepAutomaton?(clausesById: readonly Exclude<Requirements, null>[], automaton: Automaton): void;
}

let analyses: AnalysisCache | undefined;

/** Installs (or, with undefined, removes) the cache that patterns registered from now on are looked up in. */
export const useAnalysisCache = (cache: AnalysisCache | undefined): void => {
  analyses = cache;
};

const requirementsOf = (pattern: RegExp): Requirements => {
  const known = analyses?.get(pattern);
  if (known !== undefined) return known;
  const fresh = requiredClauses(pattern)?.map(strongest) ?? null;
  analyses?.set(pattern, fresh);
  return fresh;
};

/**
 * Registers a pattern for gating and returns it. Patterns whose requirements cannot be worked
 * out are returned as they are and always run.
 */
export const gated = <T extends RegExp>(pattern: T): T => {
  if (ids.has(pattern)) return pattern;
  const kept = requirementsOf(pattern);
  const literals = [...new Set(kept?.flat(2))];
  if (kept !== null && clausesById.length < MAX_PATTERNS && states.fits(literals)) {
    ids.set(pattern, clausesById.length);
    clausesById.push(kept);
    patterns.push(pattern);
    states.take(literals);
  } else ids.set(pattern, UNGATED);
  return pattern;
};

/** Beyond this many patterns (only reachable if patterns were built per draft), new ones run ungated. */
const MAX_PATTERNS = 2000;
/** The automaton's states the literals gated so far take. */
const states = createLiteralStateBudget();
const builtAndKept = (): Automaton => {
  const built = buildAutomaton(clausesById);
  analyses?.keepAutomaton?.(clausesById, built);
  return built;
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
/** The states with outputs a scan reached, in order (grown for long drafts). */
let reached = new Int32Array(1024);

/**
 * The scan walks a draft in this many lanes side by side: each step of a walk reads the table
 * at the state the last step reached, so a lone walk waits out each cache miss in turn, where
 * lanes wait for theirs together (in the full check, tweets' scans went from about 9 to 7 µs,
 * with the layout literal-automaton.ts gives the outputs).
 */
const LANES = 4;
/** Drafts shorter than this (plus the lanes' overlaps) are walked in one lane: lanes would mostly re-read the overlaps. */
const MIN_LANED_LENGTH = 16;

/**
 * Scans the folded draft (unless it is the draft scanned last): one pass for the literal sets
 * present, then the clauses they complete. Returns the scan's number: pattern `id` may match
 * when `mayMatchIn[id]` equals it.
 */
const scanOf = (text: FoldedText): number => {
  const known = present.get(text);
  if (known !== undefined && known === scan) return known;
  if (!automaton || (automaton.version !== clausesById.length && scansSinceBuild >= REBUILD_AFTER_SCANS)) {
    automaton = analyses?.automatonFor?.(clausesById) ?? builtAndKept();
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
  const { symbols, alphabet, delta, firstOutputState, outputStart, outputSets, anchorStart, anchored } = automaton;
  const folded = text.folded;
  // Locals, not the module's variables, inside the loops.
  const seen = stamps;
  const found = hits;
  const patterns = mayMatchIn;
  const stamp = scan;
  let hitCount = 0;
  // The walk only notes the states with outputs it reaches; their outputs are read after it, in a
  // loop of its own, where the reads for one state do not wait on the walk or on another state.
  const overlap = Math.max(0, automaton.longest - 1);
  // At most one state per step of each lane: the draft, plus each lane's overlap and rounding.
  const mostReached = folded.length + (overlap + 1) * LANES;
  if (reached.length < mostReached) reached = new Int32Array(2 * mostReached);
  const noted = reached;
  let count = 0;
  if (folded.length < MIN_LANED_LENGTH + overlap * (LANES - 1)) {
    let state = 0;
    for (let index = 0; index < folded.length; index++) {
      state = delta[state * alphabet + symbols[folded.charCodeAt(index)]!]!;
      if (state >= firstOutputState) noted[count++] = state;
    }
  } else {
    // Four lanes of `steps` characters, each begun `overlap` characters before the last one ends
    // (the last one ends where the draft does): together they find every literal in the draft.
    const steps = Math.ceil((folded.length + overlap * (LANES - 1)) / LANES);
    const from1 = steps - overlap;
    const from2 = from1 * 2;
    const from3 = folded.length - steps;
    let state0 = 0;
    let state1 = 0;
    let state2 = 0;
    let state3 = 0;
    for (let step = 0; step < steps; step++) {
      state0 = delta[state0 * alphabet + symbols[folded.charCodeAt(step)]!]!;
      state1 = delta[state1 * alphabet + symbols[folded.charCodeAt(from1 + step)]!]!;
      state2 = delta[state2 * alphabet + symbols[folded.charCodeAt(from2 + step)]!]!;
      state3 = delta[state3 * alphabet + symbols[folded.charCodeAt(from3 + step)]!]!;
      if (state0 >= firstOutputState) noted[count++] = state0;
      if (state1 >= firstOutputState) noted[count++] = state1;
      if (state2 >= firstOutputState) noted[count++] = state2;
      if (state3 >= firstOutputState) noted[count++] = state3;
    }
  }
  // Each set with a literal ending at a noted state is stamped; those clauses are anchored on are noted too.
  for (let n = 0; n < count; n++) {
    const state = noted[n]!;
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
