/**
 * Reads a regular expression's source and finds literal strings at least one of which every
 * match contains ("required literals"), as prefilters such as RE2's and Hyperscan's do. A draft
 * that holds none of them cannot match, so the pattern need not run on it. Sound, not complete:
 * whatever the parser is unsure of counts as "anything", which only makes the set weaker (or
 * absent), never wrong. Case-insensitive patterns yield lower-case literals, so they are only
 * valid against lower-case subjects such as the folded text. Whitespace ("\s") is read as a
 * space, so a literal's space stands for any whitespace character, as it does to the gate's
 * automaton (a phrase "vote\s+her" requires "vote " and " her", which "the other" lacks).
 *
 * The work is split three ways: `regex-pattern-characters.ts` (characters, escapes, classes),
 * `regex-literal-parser.ts` (groups, alternatives, quantifiers) and `regex-literal-sets.ts`
 * (how the pieces' literal sets combine).
 */
import { RegexLiteralParser } from './regex-literal-parser.ts';
import { UnsupportedSyntax } from './regex-pattern-characters.ts';

/**
 * What every match of `pattern` contains, as alternatives of requirements: a match satisfies
 * at least one clause, and a clause is satisfied when, for each of its sets, some literal of
 * the set occurs (lower-case for a case-insensitive pattern; a space in it standing for any
 * whitespace character). Undefined when some alternative requires nothing the parser can
 * vouch for.
 */
export const requiredClauses = (pattern: RegExp): readonly (readonly (readonly string[])[])[] | undefined => {
  try {
    const summary = new RegexLiteralParser(pattern.source, pattern.flags).parse();
    const clauses = summary.clauses ?? [summary.all ?? []];
    if (clauses.length === 0 || clauses.some((clause) => clause.length === 0)) return undefined;
    return clauses.map((clause) => clause.map((set) => [...set]));
  } catch (error) {
    if (error instanceof UnsupportedSyntax) return undefined;
    throw error;
  }
};
