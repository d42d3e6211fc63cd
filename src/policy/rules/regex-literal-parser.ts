/**
 * The structure of a regular expression's source, for `requiredClauses`: alternatives, terms,
 * quantifiers, groups and assertions, read by recursive descent. Each piece is summarised by the
 * literal-set algebra (`regex-literal-sets.ts`); what single characters, escapes and classes stand
 * for is read by `PatternCharacters`.
 */
import { alternation, ANY, EMPTY, exactly, repetition, sequence, type Summary } from './regex-literal-sets.ts';
import { PatternCharacters, UnsupportedSyntax } from './regex-pattern-characters.ts';

/** Reads a whole pattern into one `Summary`, or throws `UnsupportedSyntax`. */
export class RegexLiteralParser extends PatternCharacters {
  parse(): Summary {
    const summary = this.disjunction();
    if (this.index !== this.source.length) throw new UnsupportedSyntax(`stopped at ${this.index}`);
    return summary;
  }

  private disjunction(): Summary {
    const alternatives = [this.alternative()];
    while (this.peek() === '|') {
      this.index += 1;
      alternatives.push(this.alternative());
    }
    return alternation(alternatives);
  }

  private alternative(): Summary {
    const terms: Summary[] = [];
    while (this.index < this.source.length && this.peek() !== '|' && this.peek() !== ')') terms.push(this.term());
    return sequence(terms);
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
    // A lazy quantifier matches the same strings.
    if (this.peek() === '?') this.index += 1;
    return repetition(atom, min, max);
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
    return exactly(this.literalSet(this.codePoint()));
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

  private escape(): Summary | 'assertion' {
    const chars = this.escapeChars(false);
    if (chars === 'assertion') return 'assertion';
    if (chars === 'backreference' || chars === undefined) return ANY;
    return exactly(chars);
  }
}
