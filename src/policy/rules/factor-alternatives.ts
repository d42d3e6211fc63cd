/**
 * A faster twin of a pattern with a long alternation: "(?:hold…|have…|wrong…)" becomes
 * "(?:h(?:old…|ave…)|wrong…)". V8 tries every alternative at every position of the draft, so
 * a long list of phrases costs at each character; grouped by first character, all but one group
 * fail at once. Detectors keep their patterns as written (the literal gate reads them, and so do
 * people); only the scan runs the twin.
 *
 * The twin matches exactly what the pattern matches, with the same priority: at one position
 * only alternatives that start with the character there can match, so moving an alternative past
 * others that start with a different character changes nothing; alternatives with the same
 * first character keep their order, and one with no fixed first character (a class, a group, an
 * escape, a quantified character) is never moved past. Patterns it cannot read safely (capture
 * groups, back-references, case-insensitive or `v` flags) are returned as they are.
 */

const twins = new WeakMap<RegExp, RegExp>();

/** The twin of `pattern` (itself when factoring would not help or is not safe), built once per pattern. */
export const factorAlternatives = (pattern: RegExp): RegExp => {
  let twin = twins.get(pattern);
  if (!twin) {
    const source = factoredSource(pattern.source, pattern.flags);
    twin = source === undefined ? pattern : new RegExp(source, pattern.flags);
    twins.set(pattern, twin);
  }
  return twin;
};

/** Characters with a meaning of their own in a pattern. */
const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);
const QUANTIFIER = new Set([...'?*+{']);

/** The factored source, or undefined when there is nothing to gain or the source is not one this can read safely. */
export const factoredSource = (source: string, flags: string): string | undefined => {
  if (flags.includes('i') || flags.includes('v')) return undefined;
  let group: { start: number; end: number } | undefined;
  // Top level: assertions first, then the alternation group, then anything.
  for (let index = 0; index < source.length; ) {
    const end = atomEnd(source, index);
    if (end === undefined) return undefined;
    const atom = source.slice(index, end);
    if (!group) {
      if (atom.startsWith('(?:')) {
        if (QUANTIFIER.has(source[end] ?? '')) return undefined;
        group = { start: index + 3, end: end - 1 };
      } else if (!/^(?:\(\?<?[=!]|\\b$)/.test(atom)) return undefined;
    }
    index = end;
  }
  if (!group || !hasNoCaptures(source)) return undefined;
  const alternatives = splitAlternatives(source.slice(group.start, group.end));
  if (!alternatives) return undefined;
  const body = factor(alternatives);
  return body === undefined ? undefined : `${source.slice(0, group.start)}${body}${source.slice(group.end)}`;
};

/** Alternatives grouped by first character between barriers; undefined when no group has two. */
const factor = (alternatives: readonly string[]): string | undefined => {
  const out: string[] = [];
  let grouped = false;
  let run = new Map<string, string[]>();
  const flush = (): void => {
    for (const [first, rests] of run) {
      if (rests.length === 1) out.push(first + rests[0]!);
      else {
        grouped = true;
        out.push(`${first}(?:${rests.join('|')})`);
      }
    }
    run = new Map();
  };
  for (const alternative of alternatives) {
    const first = alternative[0];
    const fixed = first !== undefined && first.charCodeAt(0) < 0x80 && !SPECIAL.has(first) && !QUANTIFIER.has(alternative[1] ?? '');
    // One alternative without a fixed first character would split the groups (it may not be
    // moved past), and V8 then gains little or loses: leave such patterns as they are.
    if (!fixed) return undefined;
    const rests = run.get(first) ?? [];
    rests.push(alternative.slice(1));
    run.set(first, rests);
  }
  flush();
  return grouped ? out.join('|') : undefined;
};

/** The alternatives of a group's body split at its top-level bars, or undefined if it cannot be read. */
const splitAlternatives = (body: string): string[] | undefined => {
  const alternatives: string[] = [];
  let start = 0;
  for (let index = 0; index < body.length; ) {
    if (body[index] === '|') {
      alternatives.push(body.slice(start, index));
      start = index + 1;
      index += 1;
      continue;
    }
    const end = atomEnd(body, index);
    if (end === undefined) return undefined;
    index = end;
  }
  alternatives.push(body.slice(start));
  return alternatives;
};

/** No capturing or named group and no back-reference: the groups' numbers would move. */
const hasNoCaptures = (source: string): boolean => {
  for (let index = 0; index < source.length; index++) {
    const character = source[index];
    if (character === '\\') {
      const next = source[index + 1] ?? '';
      if (/[1-9k]/.test(next)) return false;
      index += 1;
    } else if (character === '[') {
      const end = classEnd(source, index);
      if (end === undefined) return false;
      index = end - 1;
    } else if (character === '(' && !/^\(\?(?::|<?[=!])/.test(source.slice(index, index + 4))) return false;
  }
  return true;
};

/** Index just past the atom starting at `index` (an escape, a class, a group, or one code unit). */
const atomEnd = (source: string, index: number): number | undefined => {
  const character = source[index];
  if (character === '\\') return escapeEnd(source, index);
  if (character === '[') return classEnd(source, index);
  if (character === '(') {
    for (let at = index + 1; at < source.length; ) {
      if (source[at] === ')') return at + 1;
      const end = atomEnd(source, at);
      if (end === undefined) return undefined;
      at = end;
    }
    return undefined;
  }
  if (character === ')') return undefined;
  return index + 1;
};

const escapeEnd = (source: string, index: number): number | undefined => {
  const next = source[index + 1];
  if (next === undefined) return undefined;
  // \p{…}, \P{…}, \u{…} and \k<…> run to their closing bracket; the rest are one character after the backslash.
  if ((next === 'p' || next === 'P' || next === 'u') && source[index + 2] === '{') {
    const close = source.indexOf('}', index + 3);
    return close === -1 ? undefined : close + 1;
  }
  return index + 2;
};

const classEnd = (source: string, index: number): number | undefined => {
  for (let at = index + 1; at < source.length; at++) {
    if (source[at] === '\\') at += 1;
    else if (source[at] === ']') return at + 1; // "[]" is an empty class in JavaScript
  }
  return undefined;
};
