/**
 * Reads a regular expression's source and finds literal strings at least one of which every
 * match contains ("required literals"), as prefilters such as RE2's and Hyperscan's do. A draft
 * that holds none of them cannot match, so the pattern need not run on it. Sound, not complete:
 * whatever the parser is unsure of counts as "anything", which only makes the set weaker (or
 * absent), never wrong.
 *
 * Each piece of a pattern is summarised by `exact` (every string it can match, when that is a
 * small known set) and `required` (strings one of which every match of it contains; undefined
 * for "no requirement"). Case-insensitive patterns yield lower-case literals, so they are only
 * valid against lower-case subjects such as the folded text.
 */

interface Summary {
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
}

/** How many required sets an alternative keeps: enough to tell "you … talking" from "talking". */
const MAX_CONJUNCTS = 3;

/** Larger exact sets are dropped (cross products grow fast). */
const MAX_EXACT = 64;
/** Larger character classes are "any character". */
const MAX_CLASS = 12;

const ANY: Summary = { exact: undefined, required: undefined };
const EMPTY: Summary = { exact: new Set(['']), required: undefined };

const exactly = (strings: ReadonlySet<string> | undefined): Summary =>
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

class UnsupportedSyntax extends Error {}

class Parser {
  private index = 0;
  private readonly source: string;
  private readonly ignoreCase: boolean;
  private readonly unicode: boolean;
  constructor(source: string, flags: string) {
    this.source = source;
    this.ignoreCase = flags.includes('i');
    this.unicode = flags.includes('u') || flags.includes('v');
    if (flags.includes('v')) throw new UnsupportedSyntax('v flag');
  }

  parse(): Summary {
    const summary = this.disjunction();
    if (this.index !== this.source.length) throw new UnsupportedSyntax(`stopped at ${this.index}`);
    return summary;
  }

  private peek(): string {
    return this.source[this.index] ?? '';
  }

  private disjunction(): Summary {
    const alternatives = [this.alternative()];
    while (this.peek() === '|') {
      this.index += 1;
      alternatives.push(this.alternative());
    }
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
  }

  private alternative(): Summary {
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
    while (this.index < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const term = this.term();
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
        consider(run);
        // Too many strings to join: the piece is still required on its own.
        if (run && term.exact) consider(term.required);
        run = term.exact;
      }
    }
    consider(run);
    // The most selective few, without repeats.
    const all: ReadonlySet<string>[] = [];
    for (const candidate of candidates.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0))) {
      if (all.length === MAX_CONJUNCTS) break;
      if (!all.some((kept) => kept.size === candidate.size && [...kept].every((literal) => candidate.has(literal)))) all.push(candidate);
    }
    // One group and nothing else that consumes ("(?<!x)(?:a|b)(?!y)"): its alternatives are ours.
    const clauses = consuming === 1 ? sole?.clauses : undefined;
    return { exact, required: best, all, ...(clauses ? { clauses } : {}) };
  }

  private term(): Summary {
    const atom = this.atom();
    if (atom === 'assertion') return EMPTY;
    return this.quantified(atom);
  }

  private quantified(atom: Summary): Summary {
    const char = this.peek();
    let min: number;
    let max: number;
    if (char === '*' || char === '+' || char === '?') {
      this.index += 1;
      [min, max] = char === '*' ? [0, Infinity] : char === '+' ? [1, Infinity] : [0, 1];
    } else if (char === '{') {
      const found = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.index));
      if (!found) {
        if (this.unicode) throw new UnsupportedSyntax('lone brace');
        return atom;
      }
      this.index += found[0].length;
      min = Number(found[1]);
      max = found[2] === undefined ? min : found[3] === '' ? Infinity : Number(found[3]);
    } else return atom;
    if (this.peek() === '?') this.index += 1;
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
    return { exact, required: atom.required };
  }

  /** One atom; 'assertion' for zero-width pieces, which match no characters. */
  private atom(): Summary | 'assertion' {
    const char = this.peek();
    if (char === '^' || char === '$') {
      this.index += 1;
      return 'assertion';
    }
    if (char === '(') return this.group();
    if (char === '[') return this.characterClass();
    if (char === '.') {
      this.index += 1;
      return ANY;
    }
    if (char === '\\') return this.escape();
    if (char === '*' || char === '+' || char === '?' || char === ')' || char === ']' || char === '{' || char === '}' || char === '|') {
      if (this.unicode || char === '*' || char === '+' || char === '?' || char === ')') throw new UnsupportedSyntax(`unexpected ${char}`);
    }
    return this.literal(this.codePoint());
  }

  private codePoint(): string {
    const point = this.unicode ? this.source.codePointAt(this.index)! : this.source.charCodeAt(this.index);
    const char = String.fromCodePoint(point);
    this.index += this.unicode ? char.length : 1;
    return this.unicode ? char : this.source[this.index - 1]!;
  }

  /** A literal character, as a one-string set; letters of a case-insensitive pattern only when plain a–z. */
  private literal(char: string): Summary {
    return exactly(this.literalSet(char));
  }

  private literalSet(char: string): Set<string> | undefined {
    if (!this.ignoreCase) return new Set([char]);
    if (/^[A-Za-z]$/.test(char)) return new Set([char.toLowerCase()]);
    // Any other character with a case (or a case-folding partner) is not a safe literal.
    if (char.toLowerCase() !== char.toUpperCase() || /\p{L}|\p{M}/u.test(char) || char.codePointAt(0)! > 0x7f && char !== char.normalize('NFKC')) return undefined;
    if (char.codePointAt(0)! > 0x7f && !/^[\p{P}\p{S}\p{Z}\p{Extended_Pictographic}]$/u.test(char)) return undefined;
    return new Set([char]);
  }

  private group(): Summary | 'assertion' {
    this.index += 1;
    let assertion = false;
    if (this.source.startsWith('?:', this.index)) this.index += 2;
    else if (this.source.startsWith('?=', this.index) || this.source.startsWith('?!', this.index)) {
      this.index += 2;
      assertion = true;
    } else if (this.source.startsWith('?<=', this.index) || this.source.startsWith('?<!', this.index)) {
      this.index += 3;
      assertion = true;
    } else if (this.source.startsWith('?<', this.index)) {
      const close = this.source.indexOf('>', this.index);
      if (close === -1) throw new UnsupportedSyntax('group name');
      this.index = close + 1;
    } else if (this.peek() === '?') throw new UnsupportedSyntax('group modifier');
    const inner = this.disjunction();
    if (this.peek() !== ')') throw new UnsupportedSyntax('unclosed group');
    this.index += 1;
    return assertion ? 'assertion' : inner;
  }

  /** The character(s) an escape outside a class stands for; `undefined` for a class escape like \d. */
  private escapeChars(inClass: boolean): Set<string> | undefined | 'assertion' | 'backreference' {
    this.index += 1;
    const char = this.peek();
    this.index += 1;
    switch (char) {
      case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        return undefined;
      case 'b':
        return inClass ? this.literalSet('\b') : 'assertion';
      case 'B':
        if (inClass) throw new UnsupportedSyntax('\\B in class');
        return 'assertion';
      case 'p': case 'P': {
        if (!this.unicode) return this.literalSet(char);
        const close = this.source.indexOf('}', this.index);
        if (this.peek() !== '{' || close === -1) throw new UnsupportedSyntax('property');
        this.index = close + 1;
        return undefined;
      }
      case 'n': return this.literalSet('\n');
      case 'r': return this.literalSet('\r');
      case 't': return this.literalSet('\t');
      case 'v': return this.literalSet('\v');
      case 'f': return this.literalSet('\f');
      case '0':
        if (/[0-9]/.test(this.peek())) throw new UnsupportedSyntax('octal');
        return this.literalSet('\0');
      case 'c': {
        const letter = this.peek();
        if (!/[A-Za-z]/.test(letter)) throw new UnsupportedSyntax('control');
        this.index += 1;
        return this.literalSet(String.fromCharCode(letter.charCodeAt(0) % 32));
      }
      case 'x': {
        const hex = /^[0-9a-fA-F]{2}/.exec(this.source.slice(this.index));
        if (!hex) throw new UnsupportedSyntax('hex');
        this.index += 2;
        return this.literalSet(String.fromCharCode(parseInt(hex[0], 16)));
      }
      case 'u': {
        const braced = this.unicode ? /^\{([0-9a-fA-F]+)\}/.exec(this.source.slice(this.index)) : null;
        if (braced) {
          this.index += braced[0].length;
          return this.literalSet(String.fromCodePoint(parseInt(braced[1]!, 16)));
        }
        const hex = /^[0-9a-fA-F]{4}/.exec(this.source.slice(this.index));
        if (!hex) throw new UnsupportedSyntax('unicode escape');
        this.index += 4;
        const unit = parseInt(hex[0], 16);
        // A surrogate pair written as two escapes is one code point under the u flag.
        if (this.unicode && unit >= 0xd800 && unit <= 0xdbff) throw new UnsupportedSyntax('surrogate escape');
        return this.literalSet(String.fromCharCode(unit));
      }
      case 'k':
        if (inClass) throw new UnsupportedSyntax('\\k in class');
        if (this.peek() === '<') {
          const close = this.source.indexOf('>', this.index);
          this.index = close + 1;
        }
        return 'backreference';
      default:
        if (/[1-9]/.test(char)) {
          if (inClass) throw new UnsupportedSyntax('octal in class');
          while (/[0-9]/.test(this.peek())) this.index += 1;
          return 'backreference';
        }
        if (char === '') throw new UnsupportedSyntax('trailing backslash');
        if (this.unicode && !/[\^$\\.*+?()[\]{}|/-]/.test(char)) throw new UnsupportedSyntax('identity escape');
        // A surrogate pair after a backslash (non-unicode) is still two units; take the first only.
        return this.literalSet(char);
    }
  }

  private escape(): Summary | 'assertion' {
    const chars = this.escapeChars(false);
    if (chars === 'assertion') return 'assertion';
    if (chars === 'backreference' || chars === undefined) return ANY;
    return exactly(chars);
  }

  /** A class is the set of its characters when small and plain; else any character. */
  private characterClass(): Summary {
    this.index += 1;
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.index += 1;
    }
    let chars: Set<string> | undefined = new Set();
    const addAll = (set: Set<string> | undefined): void => {
      if (chars && set) for (const s of set) chars.add(s);
      else chars = undefined;
    };
    let previous: string | undefined;
    while (this.index < this.source.length && this.peek() !== ']') {
      let item: Set<string> | undefined;
      let single: string | undefined;
      if (this.peek() === '\\') {
        const escaped = this.escapeChars(true);
        if (escaped === 'assertion' || escaped === 'backreference') throw new UnsupportedSyntax('class escape');
        item = escaped;
        single = escaped && escaped.size === 1 ? [...escaped][0] : undefined;
      } else {
        single = this.codePoint();
        item = this.literalSet(single);
      }
      // A range "a-z": any character in it.
      if (this.peek() === '-' && this.source[this.index + 1] !== ']' && this.index + 1 < this.source.length) {
        this.index += 1;
        let end: string | undefined;
        if (this.peek() === '\\') {
          const escaped = this.escapeChars(true);
          if (escaped === 'assertion' || escaped === 'backreference' || escaped === undefined || escaped.size !== 1) throw new UnsupportedSyntax('range end');
          end = [...escaped][0];
        } else end = this.codePoint();
        if (single === undefined || end === undefined) throw new UnsupportedSyntax('range');
        const from = single.codePointAt(0)!;
        const to = end.codePointAt(0)!;
        if (to - from + 1 > MAX_CLASS) chars = undefined;
        else for (let point = from; point <= to; point++) addAll(this.literalSet(String.fromCodePoint(point)));
        previous = undefined;
        continue;
      }
      addAll(item);
      previous = single;
    }
    void previous;
    if (this.peek() !== ']') throw new UnsupportedSyntax('unclosed class');
    this.index += 1;
    const known: Set<string> | undefined = chars;
    if (negated || known === undefined || known.size === 0 || known.size > MAX_CLASS) return ANY;
    return exactly(known);
  }
}

/**
 * What every match of `pattern` contains, as alternatives of requirements: a match satisfies
 * at least one clause, and a clause is satisfied when, for each of its sets, some literal of
 * the set occurs (lower-case for a case-insensitive pattern). Undefined when some alternative
 * requires nothing the parser can vouch for.
 */
export const requiredClauses = (pattern: RegExp): readonly (readonly (readonly string[])[])[] | undefined => {
  try {
    const summary = new Parser(pattern.source, pattern.flags).parse();
    const clauses = summary.clauses ?? [summary.all ?? []];
    if (clauses.length === 0 || clauses.some((clause) => clause.length === 0)) return undefined;
    return clauses.map((clause) => clause.map((set) => [...set]));
  } catch (error) {
    if (error instanceof UnsupportedSyntax) return undefined;
    throw error;
  }
};
