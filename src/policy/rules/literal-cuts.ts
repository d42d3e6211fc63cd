/**
 * Which literals of a pattern's requirements the literal gate keeps (see literal-gate.ts): each
 * clause's sets cut short and thinned, so the automaton stays small at little cost in selectivity.
 */

/**
 * What the gate keeps of a pattern's requirements: the clauses `requiredClauses` found, each cut
 * to its strongest sets; null when it found nothing to vouch for.
 */
export type Requirements = readonly (readonly (readonly string[])[])[] | null;

/**
 * Literals are cut to their first few characters, and long ones to their last few as well (see
 * cutSets; any part of a required literal is required too): the automaton stays small, at little
 * cost in selectivity.
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
 * A set cut short, and, when some literal was longer than the cut, the same literals' endings
 * as a set of its own: each literal's start and end are both in every draft that holds it, and
 * a long phrase often starts with common words ("we are going to be waiting for you" is cut to
 * "we are") where its end is rarer. A third of the patterns the gate let run no longer do.
 */
const cutSets = (set: readonly string[]): (readonly string[])[] =>
  set.some((literal) => literal.length > MAX_LITERAL) ? [shortened(set), shortened(set.map((literal) => literal.slice(-MAX_LITERAL)))] : [shortened(set)];

/**
 * A clause's sets, cut short, keeping the first (most selective) and only other sets whose
 * literals are at least two characters long: a set like " " or "s" is in nearly every draft,
 * so it costs a scan step at every one and rules nothing out. Two-letter sets ("mp" after
 * "our", "eu" after "the") still rule out most drafts that hold the first set, and running a
 * pattern costs far more than the scan steps they add. Dropping a requirement only lets more
 * drafts through.
 */
export const strongest = (clause: readonly (readonly string[])[]): (readonly string[])[] =>
  clause.flatMap(cutSets).filter((set, index) => index === 0 || set.every((literal) => literal.length >= MIN_EXTRA_LITERAL));
const MIN_EXTRA_LITERAL = 2;
