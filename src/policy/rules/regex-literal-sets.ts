/**
 * The literal-set algebra behind `requiredClauses`: how the summaries of a pattern's pieces
 * combine when the pieces are put in sequence, offered as alternatives or repeated. Kept apart
 * from the parser so that what is sound to conclude can be read without the regex syntax.
 *
 * Each piece is summarised by `exact` (every string it can match, when that is a small known
 * set) and `required` (strings one of which every match of it contains; undefined for "no
 * requirement"). Whatever is unknown weakens a summary, never makes it wrong.
 */

/** What the parser knows about the strings one piece of a pattern can match. */
export interface Summary {
  /** Every string this piece can match; undefined when unknown or too many. */
  readonly exact: ReadonlySet<string> | undefined;
  /** One of these occurs in every match; undefined when nothing is required. */
  readonly required: ReadonlySet<string> | undefined;
  /** Several such sets, all of which every match satisfies (the most selective few). */
  readonly all?: readonly ReadonlySet<string>[];
  /**
   * For an alternation (or a piece that is one group around one): each alternative's `all`.
   * A match satisfies at least one of them entirely.
   */
  readonly clauses?: readonly (readonly ReadonlySet<string>[])[];
  /**
   * When `exact` is unknown: strings one of which every match starts with, and one of which it
   * ends with (a repeated piece "x+" starts and ends with an x). They let the known pieces on
   * either side spell longer literals ("f" then "\*+" requires "f*").
   */
  readonly starts?: ReadonlySet<string>;
  readonly ends?: ReadonlySet<string>;
}

/** How many required sets an alternative keeps: enough to tell "you … talking" from "talking". */
const MAX_CONJUNCTS = 3;

/** Larger exact sets are dropped (cross products grow fast). */
const MAX_EXACT = 64;
/** Larger character classes are "any character". */
export const MAX_CLASS = 12;

/** A piece that may match anything: no exact strings, no requirement. */
export const ANY: Summary = { exact: undefined, required: undefined };
/** A piece that matches no characters (an assertion, or "x{0}"); compared by identity. */
export const EMPTY: Summary = { exact: new Set(['']), required: undefined };

/** A piece that matches exactly these strings (any one of them is required unless one is empty). */
export const exactly = (strings: ReadonlySet<string> | undefined): Summary =>
  strings === undefined ? ANY : { exact: strings, required: strings.has('') ? undefined : strings };

/** How selective a requirement is: its shortest string's length (longer is rarer), then fewer strings. */
const better = (a: ReadonlySet<string>, b: ReadonlySet<string> | undefined): boolean => {
  if (b === undefined) return true;
  const shortest = (set: ReadonlySet<string>): number => Math.min(...[...set].map((s) => s.length));
  const [la, lb] = [shortest(a), shortest(b)];
  return la > lb || (la === lb && a.size < b.size);
};

const product = (a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | undefined => {
  if (a.size * b.size > MAX_EXACT) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
};

/** Alternatives "a|b": a match is one of theirs, so it keeps each alternative's requirements as a clause. */
export const alternation = (alternatives: readonly Summary[]): Summary => {
  if (alternatives.length === 1) return alternatives[0]!;
  const clauses = alternatives.flatMap((alternative) => alternative.clauses ?? [alternative.all ?? []]);
  let exact: Set<string> | undefined = new Set();
  const required = new Set<string>();
  let anyRequired = true;
  for (const alternative of alternatives) {
    if (exact && alternative.exact) for (const s of alternative.exact) exact.add(s);
    else exact = undefined;
    if (alternative.required === undefined) anyRequired = false;
    else for (const s of alternative.required) required.add(s);
  }
  if (exact && exact.size > MAX_EXACT) exact = undefined;
  return { exact, required: anyRequired ? required : undefined, all: anyRequired ? [required] : [], clauses };
};

/** Whether a draft holding some literal of `stronger` always holds one of `weaker`: each literal of `stronger` contains one of `weaker`. */
const implies = (stronger: ReadonlySet<string>, weaker: ReadonlySet<string>): boolean => [...stronger].every((literal) => [...weaker].some((part) => literal.includes(part)));

/** Terms one after another: every term's requirement holds, and runs of known terms spell longer literals. */
export const sequence = (terms: readonly Summary[]): Summary => {
  let exact: ReadonlySet<string> | undefined = new Set(['']);
  let run: ReadonlySet<string> | undefined = new Set(['']);
  let best: ReadonlySet<string> | undefined;
  const candidates: ReadonlySet<string>[] = [];
  const consider = (candidate: ReadonlySet<string> | undefined): void => {
    if (!candidate || candidate.has('')) return;
    candidates.push(candidate);
    if (better(candidate, best)) best = candidate;
  };
  let consuming = 0;
  let sole: Summary | undefined;
  for (const term of terms) {
    if (term !== EMPTY) {
      consuming += 1;
      sole = term;
    }
    // A known piece joins the run around it (considered whole); only unknown ones count alone.
    if (!term.exact) consider(term.required);
    exact = exact && term.exact ? product(exact, term.exact) : undefined;
    // A run of consecutive known pieces spells longer literals ("you" + "'re" or "’re").
    const extended: ReadonlySet<string> | undefined = run && term.exact ? product(run, term.exact) : undefined;
    if (extended) run = extended;
    else {
      // An unknown piece that starts with known strings still continues the run that far.
      if (run && !term.exact && term.starts) consider(product(run, term.starts));
      consider(run);
      // Too many strings to join: the piece is still required on its own.
      if (run && term.exact) consider(term.required);
      run = term.exact ?? term.ends;
    }
  }
  consider(run);
  // The most selective few, without one that a set already kept implies ("vote" after "vote "):
  // it would rule out nothing more and take the place of one that does.
  const all: ReadonlySet<string>[] = [];
  for (const candidate of candidates.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0))) {
    if (all.length === MAX_CONJUNCTS) break;
    if (!all.some((kept) => implies(kept, candidate))) all.push(candidate);
  }
  // One group and nothing else that consumes ("(?<!x)(?:a|b)(?!y)"): its alternatives are ours.
  const clauses = consuming === 1 ? sole?.clauses : undefined;
  return { exact, required: best, all, ...(clauses ? { clauses } : {}) };
};

/** A piece repeated `min` to `max` times; a piece that may be absent requires nothing. */
export const repetition = (atom: Summary, min: number, max: number): Summary => {
  if (max === 0) return EMPTY;
  if (min === 0) {
    // "x?" may match x or nothing: known when x is.
    if (max === 1 && atom.exact) {
      const exact = new Set([...atom.exact, '']);
      return { exact: exact.size > MAX_EXACT ? undefined : exact, required: undefined };
    }
    return ANY;
  }
  let exact: ReadonlySet<string> | undefined;
  if (min === max && atom.exact) {
    exact = new Set(['']);
    for (let i = 0; i < min && exact; i++) exact = product(exact, atom.exact);
  }
  // At least one repeat: every match starts with one of the atom's strings and ends with one.
  if (!exact && atom.exact) return { exact, required: atom.required, starts: atom.exact, ends: atom.exact };
  return { exact, required: atom.required };
};

/** A character class is the set of its characters when small and plain; else any character. */
export const characterSet = (chars: Set<string> | undefined, negated: boolean): Summary => {
  if (negated || chars === undefined || chars.size === 0 || chars.size > MAX_CLASS) return ANY;
  return exactly(chars);
};
