/**
 * The character level of a regular expression's source, for `requiredClauses`: which string a
 * literal character, an escape or a character class stands for. The structure above it
 * (groups, alternatives, quantifiers) is `RegexLiteralParser`'s; this base class keeps the
 * cursor they share. Anything it cannot vouch for is "unknown" or `UnsupportedSyntax`, which
 * only weakens the result, never makes it wrong.
 */
import { characterSet, MAX_CLASS, type Summary } from './regex-literal-sets.ts';

/** Syntax the reader does not follow: the pattern then gets no literal requirement at all. */
export class UnsupportedSyntax extends Error {}

/** A cursor over a pattern's source that reads characters, escapes and classes. */
export class PatternCharacters {
  protected index = 0;
  protected readonly source: string;
  protected readonly ignoreCase: boolean;
  protected readonly unicode: boolean;
  constructor(source: string, flags: string) {
    this.source = source;
    this.ignoreCase = flags.includes('i');
    this.unicode = flags.includes('u') || flags.includes('v');
    if (flags.includes('v')) throw new UnsupportedSyntax('v flag');
  }

  protected peek(): string {
    return this.source[this.index] ?? '';
  }

  protected codePoint(): string {
    const point = this.unicode ? this.source.codePointAt(this.index)! : this.source.charCodeAt(this.index);
    const char = String.fromCodePoint(point);
    this.index += this.unicode ? char.length : 1;
    return this.unicode ? char : this.source[this.index - 1]!;
  }

  /** A literal character as a one-string set; letters of a case-insensitive pattern only when plain a–z. */
  protected literalSet(char: string): Set<string> | undefined {
    if (!this.ignoreCase) return new Set([char]);
    if (/^[A-Za-z]$/.test(char)) return new Set([char.toLowerCase()]);
    // Any other character with a case (or a case-folding partner) is not a safe literal.
    if (char.toLowerCase() !== char.toUpperCase() || /\p{L}|\p{M}/u.test(char) || char.codePointAt(0)! > 0x7f && char !== char.normalize('NFKC')) return undefined;
    if (char.codePointAt(0)! > 0x7f && !/^[\p{P}\p{S}\p{Z}\p{Extended_Pictographic}]$/u.test(char)) return undefined;
    return new Set([char]);
  }

  /** The character(s) an escape stands for; `undefined` for a class escape like \d. */
  protected escapeChars(inClass: boolean): Set<string> | undefined | 'assertion' | 'backreference' {
    this.index += 1;
    const char = this.peek();
    this.index += 1;
    switch (char) {
      // Any whitespace reads as a space: the gate's automaton gives every whitespace character the space's symbol.
      case 's':
        return new Set([' ']);
      case 'd': case 'D': case 'S': case 'w': case 'W':
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

  /** A class "[…]": the set of its characters when small and plain; else any character. */
  protected characterClass(): Summary {
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
        continue;
      }
      addAll(item);
    }
    if (this.peek() !== ']') throw new UnsupportedSyntax('unclosed class');
    this.index += 1;
    const known: Set<string> | undefined = chars;
    return characterSet(known, negated);
  }
}
