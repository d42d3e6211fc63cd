/**
 * A faster twin of a pattern with a long alternation: "(?<![a-z])(?:hold…|have…|wrong…)" becomes
 * "(?:h(?<![a-z]h)(?:old…|ave…)|w(?<![a-z]w)rong…)". V8 tries every alternative at every position
 * of the draft, and a leading look-behind at every position too; grouped by first character,
 * all but one group fail at once, and the look-behind runs only where that character stands.
 * Detectors keep their patterns as written (the literal gate reads them, and so do people); only
 * the scan runs the twin.
 *
 * The twin matches exactly what the pattern matches, with the same priority: at one position
 * only alternatives that start with the character there can match, so moving an alternative past
 * others that start with a different character changes nothing, and alternatives with the same
 * first character keep their order. A look-behind before the group, checked after that first
 * character instead, looks at the same characters: "(?<!X)" at a position holding "h" is
 * "(?<!(?:X)h)" just after it. Patterns it cannot read safely (an alternative without a fixed
 * first character, capture groups, back-references, case-insensitive or `v` flags) are
 * returned as they are.
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
const LOOK_BEHIND = /^\(\?<[=!]/;

/** The factored source, or undefined when there is nothing to gain or the source is not one this can read safely. */
export const factoredSource = (source: string, flags: string): string | undefined => {
  if (flags.includes('i') || flags.includes('v')) return undefined;
  let group: { start: number; end: number } | undefined;
  // Top level: assertions first, then the alternation group, then anything.
  const assertions: string[] = [];
  for (let index = 0; index < source.length; ) {
    const end = atomEnd(source, index);
    if (end === undefined) return undefined;
    const atom = source.slice(index, end);
    if (!group) {
      if (atom.startsWith('(?:')) {
        if (QUANTIFIER.has(source[end] ?? '')) return undefined;
        group = { start: index + 3, end: end - 1 };
      } else if (/^(?:\(\?<?[=!]|\\b$)/.test(atom)) assertions.push(atom);
      else return undefined;
    }
    index = end;
  }
  if (!group || !hasNoCaptures(source)) return undefined;
  const written = splitAlternatives(source.slice(group.start, group.end));
  const alternatives = written && expandAll(written, EXPAND_DEPTH);
  const groups = alternatives && byFirstCharacter(alternatives);
  if (!groups) return undefined;
  // Look-behinds (only those, and only when every assertion before the group is one) move after each group's first character.
  const moveBehind = assertions.length > 0 && assertions.every((assertion) => LOOK_BEHIND.test(assertion));
  if (!moveBehind && groups.every(([, rests]) => rests.length === 1)) return undefined;
  const body = groups
    .map(([first, rests]) => {
      const behind = moveBehind ? assertions.map((assertion) => `${assertion.slice(0, 4)}(?:${assertion.slice(4, -1)})${first})`).join('') : '';
      return `${first}${behind}${rests.length === 1 ? rests[0]! : `(?:${rests.join('|')})`}`;
    })
    .join('|');
  const before = moveBehind ? '(?:' : `${source.slice(0, group.start)}`;
  const factored = `${before}${body}${source.slice(group.end)}`;
  return factored.length <= MAX_GROWTH * source.length + 256 ? factored : undefined;
};

/** How deep groups at the start of an alternative are opened, and how much longer the twin may get. */
const EXPAND_DEPTH = 2;
const MAX_GROWTH = 3;

/**
 * Alternatives rewritten so that each starts with a fixed character where it can be done
 * exactly: "(?:has|got) leaked" is "has leaked|got leaked" (the group's alternatives are tried
 * in order, each followed by the rest, just as before), and "[£$] ?\d" is "£ ?\d|$ ?\d" (one
 * character of the class, whichever stands there). Undefined when an alternative cannot be.
 */
const expandAll = (alternatives: readonly string[], depth: number): string[] | undefined => {
  const out: string[] = [];
  for (const alternative of alternatives) {
    const expanded = expand(alternative, depth);
    if (!expanded) return undefined;
    out.push(...expanded);
  }
  return out;
};

const expand = (alternative: string, depth: number): string[] | undefined => {
  if (firstCharacter(alternative) !== undefined) return [alternative];
  if (alternative === '') return undefined;
  const end = atomEnd(alternative, 0);
  if (end === undefined || QUANTIFIER.has(alternative[end] ?? '')) return undefined;
  const rest = alternative.slice(end);
  if (alternative.startsWith('(?:') && depth > 0) {
    const inner = splitAlternatives(alternative.slice(3, end - 1));
    return inner && expandAll(inner, depth - 1)?.map((part) => part + rest);
  }
  const members = classMembers(alternative.slice(0, end));
  return members?.map((member) => member + rest);
}

/**
 * The characters of a class written as a plain list ("[£$€]", "['’]"), each as it is written
 * outside a class ("$" as "\\$"), or undefined for any other class (a range, an escape, a negation).
 */
const classMembers = (atom: string): string[] | undefined => {
  if (!atom.startsWith('[') || atom.startsWith('[^')) return undefined;
  const members = [...new Set(atom.slice(1, -1))];
  if (members.length === 0 || members.some((member) => member === '\\' || member === '-' || !isOneUnit(member))) return undefined;
  return members.map((member) => (SPECIAL.has(member) ? `\\${member}` : member));
};

/** One UTF-16 unit that is not half of a surrogate pair. */
const isOneUnit = (character: string): boolean => {
  const code = character.charCodeAt(0);
  return character.length === 1 && (code < 0xd800 || code > 0xdfff);
};

/**
 * How an alternative's first character is written when it matches that one character only
 * ("h", "£", or an escaped "\\$"), not quantified; undefined for anything else.
 */
const firstCharacter = (alternative: string): string | undefined => {
  const first = alternative[0];
  if (first === undefined) return undefined;
  if (first === '\\') {
    const escaped = alternative[1] ?? '';
    return (SPECIAL.has(escaped) || escaped === '/') && !QUANTIFIER.has(alternative[2] ?? '') ? alternative.slice(0, 2) : undefined;
  }
  return isOneUnit(first) && !SPECIAL.has(first) && !QUANTIFIER.has(alternative[1] ?? '') ? first : undefined;
};

/** Alternatives grouped by first character, groups and their members in order of first appearance; undefined if one has no fixed first character. */
const byFirstCharacter = (alternatives: readonly string[]): [string, string[]][] | undefined => {
  const groups = new Map<string, string[]>();
  for (const alternative of alternatives) {
    const first = firstCharacter(alternative);
    // An alternative without a fixed first character may not be moved past others, which would split
    // the groups; V8 then gains little or loses, so such patterns are left as they are.
    if (first === undefined) return undefined;
    const rests = groups.get(first) ?? [];
    rests.push(alternative.slice(first.length));
    groups.set(first, rests);
  }
  return [...groups];
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
