import { addToTrie, createGrowingTrie } from './growing-trie.ts';

/**
 * The automaton behind the literal gate (see literal-gate.ts): an Aho–Corasick automaton over
 * the literal sets of every gated pattern's clauses, laid out in flat typed arrays so that the
 * scan each draft takes reads memory in few places.
 */

export interface Automaton {
  /** Patterns it covers (ids below this). */
  readonly version: number;
  /** Symbol of each UTF-16 code unit (0: a unit no literal uses). */
  readonly symbols: Uint16Array;
  readonly alphabet: number;
  /** The longest literal's length: a walk from the root begun `longest - 1` characters before a position finds every literal that ends there. */
  readonly longest: number;
  /** Full transition table: state * alphabet + symbol. */
  readonly delta: Uint16Array;
  /** States from this one on have outputs; those before it have none (and their outputs are not read). */
  readonly firstOutputState: number;
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

/** What "\s" matches, one UTF-16 unit each. */
const WHITESPACE = [...' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'];

/** Symbols at most: rows of the transition table stay near one cache line (two 64-byte lines at most). */
const MAX_ALPHABET = 40;

/** Flattens lists into CSR form: items of list i are `items[start[i] .. start[i + 1])`. */
const flatten = (lists: readonly (readonly number[])[]): { start: Int32Array; items: Int32Array } => {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, index) => (start[index + 1] = start[index]! + list.length));
  const items = new Int32Array(start[lists.length]!);
  lists.forEach((list, index) => items.set(list, start[index]!));
  return { start, items };
};

/** Builds the automaton for the clauses of every registered pattern (indexed by pattern id). */
export const buildAutomaton = (clausesById: readonly (readonly (readonly (readonly string[])[])[])[]): Automaton => {
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
  // symbol with the rest of its kind (digits, surrogates, or anything else). Sharing only makes
  // the automaton match more (never less), and a small alphabet keeps the table small enough to
  // stay in cache. Surrogates (emoji come as pairs of them) are a kind of their own: an emoji
  // literal would otherwise match any two punctuation marks in a row ("://").
  const symbols = new Uint16Array(0x10000);
  for (let letter = 0x61; letter <= 0x7a; letter++) symbols[letter] = letter - 0x60;
  // Every whitespace character is a space to the automaton, as "\s" is to the literals a pattern requires.
  for (const space of WHITESPACE) symbols[space.charCodeAt(0)] = 27;
  const DIGIT = 28;
  const OTHER = 29;
  const SURROGATE = 30;
  let alphabet = 31;
  // A character that is a literal on its own ("@", "£") gets a symbol of its own, up to a few:
  // sharing one would let that literal match any punctuation, and its pattern run on nearly
  // every draft.
  for (const literals of sets) {
    for (const literal of literals) {
      const unit = literal.charCodeAt(0);
      if (literal.length === 1 && symbols[unit] === 0 && !(unit >= 0x30 && unit <= 0x39) && alphabet < MAX_ALPHABET) symbols[unit] = alphabet++;
    }
  }
  for (const literals of sets) {
    for (const literal of literals) {
      for (let i = 0; i < literal.length; i++) {
        const unit = literal.charCodeAt(i);
        if (symbols[unit] === 0) symbols[unit] = unit >= 0x30 && unit <= 0x39 ? DIGIT : unit >= 0xd800 && unit <= 0xdfff ? SURROGATE : OTHER;
      }
    }
  }
  const trie = createGrowingTrie();
  const symbolOf = (code: number): number => symbols[code]!;
  let longest = 0;
  sets.forEach((literals, id) => {
    for (const literal of literals) {
      addToTrie(trie, literal, id, symbolOf);
      longest = Math.max(longest, literal.length);
    }
  });
  const { children, ends } = trie;
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
  // in 16-bit cells: the part of the table a scan touches stays in cache. States where no
  // literal ends come first (the root among them), so a scan only reads the outputs of states
  // from `firstOutputState` on.
  const breadthFirst = [0, ...queue];
  const order = [...breadthFirst.filter((state) => !outputs[state]), ...breadthFirst.filter((state) => outputs[state])];
  const firstOutputState = breadthFirst.filter((state) => !outputs[state]).length;
  const renumbered = new Int32Array(states);
  order.forEach((state, index) => (renumbered[state] = index));
  const compact = new Uint16Array(states * alphabet);
  order.forEach((state, index) => {
    for (let symbol = 0; symbol < alphabet; symbol++) compact[index * alphabet + symbol] = renumbered[delta[state * alphabet + symbol]!]!;
  });
  // Sets renumbered in the order states output them, shallow first: the sets of short, common
  // literals, which most drafts hold, get neighbouring stamps.
  const setOrder: number[] = [];
  const setRenumbered = new Int32Array(sets.length).fill(-1);
  const numberSet = (set: number): void => {
    if (setRenumbered[set] === -1) setRenumbered[set] = setOrder.push(set) - 1;
  };
  for (const state of order) for (const set of outputs[state] ?? []) numberSet(set);
  sets.forEach((_, set) => numberSet(set));
  // Each output is `set * 2 + 1` when clauses are anchored on the set, `set * 2` when it only
  // needs stamping (it is some clause's second or third set).
  const output = flatten(order.map((state) => (outputs[state] ?? []).map((set) => setRenumbered[set]! * 2 + (anchorLists[set]!.length > 0 ? 1 : 0))));
  const anchors = flatten(
    setOrder.map((set) => anchorLists[set]!.flatMap((clause) => [clausePatterns[clause]!, clauseSetLists[clause]!.length - 1, ...clauseSetLists[clause]!.slice(1).map((other) => setRenumbered[other]!)])),
  );
  return { version, symbols, alphabet, longest, delta: compact, firstOutputState, outputStart: output.start, outputSets: output.items, anchorStart: anchors.start, anchored: anchors.items, setCount: sets.length };
};

