import { ALL_LETTERS, LETTERS, WILD, lettersOf } from './disguise-letters.ts';

/**
 * Matches disguised spellings of listed words, as whole words: each listed form is a path in a
 * letter trie, and a candidate is walked through the trie as a small set of states, so that
 *  - a leetspeak symbol may stand for any letter it looks like ("1" for i or l, "$" for s),
 *  - a mask ("*", "#", "%") stands for one or two hidden letters ("f*ck", "f**king"),
 *  - a letter repeated three or more times is emphasis ("shiiiit", "fuuuck"), read as one or
 *    two of that letter; a doubled letter stays two ("assess" is never "asses", "as" never "ass").
 * Real letters must match exactly, so ordinary words never turn into listed ones. The walk is
 * linear: at most (trie size) states per character, and searches inside a run stop after a
 * bounded number of steps.
 */

/** A character repeated this often is emphasis, read as one or two of its letter. */
const FLEXIBLE_RUN = 3;

/** A walk result: where the longest listed form ended, and which. */
export interface WordHit<T> {
  readonly end: number;
  readonly form: string;
  readonly info: T;
}

export class ObfuscatedWordMatcher<T> {
  private readonly children: Int32Array;
  private readonly terminal: Int32Array;
  private readonly forms: string[] = [];
  private readonly infos: T[] = [];
  private readonly rootLetters: number;
  /**
   * The listed forms' letters as bit sets (a is bit 0), leaving out any set that holds another:
   * a word with every letter of "fuck" may hold "fucking", so "fucking" adds nothing to ask.
   */
  private readonly formLetters: Int32Array;
  private readonly mark: Uint32Array;
  private generation = 0;
  private current: Int32Array;
  private next: Int32Array;
  /** The longest listed form, which bounds how far a search inside a run can go. */
  readonly longestForm: number;

  /** `entries` are lower-case a–z forms; the first entry for a form wins. */
  constructor(entries: Iterable<readonly [form: string, info: T]>) {
    const list = [...entries].filter(([form]) => /^[a-z]+$/.test(form));
    const capacity = 1 + list.reduce((sum, [form]) => sum + form.length, 0);
    const children = new Int32Array(capacity * LETTERS);
    const terminal = new Int32Array(capacity).fill(-1);
    let nodes = 1;
    let longest = 0;
    for (const [form, info] of list) {
      let node = 0;
      for (const char of form) {
        const letter = char.charCodeAt(0) - 0x61;
        let child = children[node * LETTERS + letter]!;
        if (child === 0) {
          child = nodes++;
          children[node * LETTERS + letter] = child;
        }
        node = child;
      }
      if (terminal[node] === -1) {
        terminal[node] = this.forms.length;
        this.forms.push(form);
        this.infos.push(info);
      }
      longest = Math.max(longest, form.length);
    }
    this.children = children;
    this.terminal = terminal;
    this.longestForm = longest;
    let rootLetters = 0;
    for (let letter = 0; letter < LETTERS; letter++) if (children[letter]! !== 0) rootLetters |= 1 << letter;
    this.rootLetters = rootLetters;
    const formLetters = [...new Set(this.forms.map((form) => [...form].reduce((bits, char) => bits | (1 << (char.charCodeAt(0) - 0x61)), 0)))];
    this.formLetters = Int32Array.from(formLetters.filter((bits) => !formLetters.some((other) => other !== bits && (other & ~bits) === 0)));
    this.mark = new Uint32Array(nodes);
    this.current = new Int32Array(nodes);
    this.next = new Int32Array(nodes);
  }

  /** Whether a listed form could start with this unit (a cheap filter before walking). */
  canStartWith(unit: number): boolean {
    return (lettersOf(unit) & this.rootLetters) !== 0;
  }

  /**
   * Whether the plain word `text[from, to)` (a–z letters, apostrophes skipped, no letter three
   * times in a row) spells a listed form exactly: a walk down the trie without allocating, which
   * lets ordinary words skip the disguise-aware matching.
   */
  spellsPlain(text: string, from: number, to: number): boolean {
    let node = 0;
    for (let index = from; index < to; index++) {
      const letter = text.charCodeAt(index) - 0x61;
      if (letter < 0 || letter >= LETTERS) continue;
      node = this.children[node * LETTERS + letter]!;
      if (node === 0) return false;
    }
    return this.terminal[node] !== -1;
  }

  /**
   * Whether a word with these letters a–z (a bit set, a is bit 0) could hold a listed form: one
   * whose every letter it has. Rules most words out without reading them.
   */
  mayOccurInLetters(letters: number): boolean {
    for (let index = 0; index < this.formLetters.length; index++) if ((this.formLetters[index]! & ~letters) === 0) return true;
    return false;
  }

  /** Whether some listed form stands anywhere inside the plain word `text[from, to)`. */
  occursInPlain(text: string, from: number, to: number): boolean {
    for (let start = from; start < to; start++) {
      let node = 0;
      for (let index = start; index < to; index++) {
        const letter = text.charCodeAt(index) - 0x61;
        if (letter < 0 || letter >= LETTERS) break;
        node = this.children[node * LETTERS + letter]!;
        if (node === 0) break;
        if (this.terminal[node] !== -1) return true;
      }
    }
    return false;
  }

  /** The listed form spelled by exactly `units[from, to)`, if any. */
  matchWhole(units: readonly number[], from: number, to: number): WordHit<T> | undefined {
    const hit = this.walk(units, from, to, true);
    return hit && hit.end === to ? hit : undefined;
  }

  /**
   * The longest listed form spelled by `units[from, …)`, reading at most `maxSteps` units
   * (repeated letters count, so give room for them).
   */
  longestAt(units: readonly number[], from: number, to: number, maxSteps: number): WordHit<T> | undefined {
    return this.walk(units, from, Math.min(to, from + maxSteps), false);
  }

  private walk(units: readonly number[], from: number, to: number, wholeOnly: boolean): WordHit<T> | undefined {
    let count = 1;
    this.current[0] = 0;
    let best: WordHit<T> | undefined;
    let previousWild = false;
    for (let index = from; index < to; ) {
      const unit = units[index]!;
      const letters = lettersOf(unit);
      if (letters === 0) return wholeOnly ? undefined : best;
      const wild = (letters & WILD) !== 0;
      let run = 1;
      if (wild) count = this.step(count, ALL_LETTERS, previousWild ? 'wild-again' : 'wild');
      else {
        while (index + run < to && units[index + run] === unit) run += 1;
        if (run >= FLEXIBLE_RUN) count = this.step(count, letters, 'flexible');
        else for (let i = 0; i < run && count > 0; i++) count = this.step(count, letters, 'one');
      }
      if (count === 0) return wholeOnly ? undefined : best;
      previousWild = wild;
      index += run;
      if (!wholeOnly || index === to) {
        // Of the forms ending here, the one as long as what was written is the likeliest reading
        // ("f*ck" is fuck, not fck; "sh**" is shit, not shitty); on a tie, the longer.
        const written = index - from;
        let chosen = -1;
        for (let i = 0; i < count; i++) {
          const entry = this.terminal[this.current[i]!]!;
          if (entry === -1) continue;
          if (chosen === -1) chosen = entry;
          else {
            const gap = Math.abs(this.forms[entry]!.length - written);
            const chosenGap = Math.abs(this.forms[chosen]!.length - written);
            if (gap < chosenGap || (gap === chosenGap && this.forms[entry]!.length > this.forms[chosen]!.length)) chosen = entry;
          }
        }
        if (chosen !== -1) best = { end: index, form: this.forms[chosen]!, info: this.infos[chosen]! };
      }
    }
    return best;
  }

  /**
   * Advances every state by one unit (or one run of a repeated unit); returns the number of
   * states now in `current`. `one`: exactly one letter. `flexible`: a run of three or more of
   * the same character, read as one or two of that letter ("shiiit", "bolllocks"); a doubled
   * letter is read as two, so "assess" never becomes "asses". `wild`: a mask hides one or two
   * letters; `wild-again`: a further mask may also hide nothing.
   */
  private step(count: number, letters: number, mode: 'one' | 'flexible' | 'wild' | 'wild-again'): number {
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.mark.fill(0);
      this.generation = 1;
    }
    let nextCount = 0;
    for (let i = 0; i < count; i++) {
      const node = this.current[i]!;
      if (mode === 'wild-again' && node !== 0) nextCount = this.add(node, nextCount);
      const base = node * LETTERS;
      for (let letter = 0; letter < LETTERS; letter++) {
        if ((letters & (1 << letter)) === 0) continue;
        const child = this.children[base + letter]!;
        if (child === 0) continue;
        nextCount = this.add(child, nextCount);
        if (mode === 'flexible') {
          const twice = this.children[child * LETTERS + letter]!;
          if (twice !== 0) nextCount = this.add(twice, nextCount);
        } else if (mode !== 'one') {
          const childBase = child * LETTERS;
          for (let second = 0; second < LETTERS; second++) {
            const grandchild = this.children[childBase + second]!;
            if (grandchild !== 0) nextCount = this.add(grandchild, nextCount);
          }
        }
      }
    }
    const swap = this.current;
    this.current = this.next;
    this.next = swap;
    return nextCount;
  }

  /** Puts `node` among the next states unless this step put it there already; returns the new count. A method, not a closure made per step. */
  private add(node: number, count: number): number {
    if (this.mark[node] === this.generation) return count;
    this.mark[node] = this.generation;
    this.next[count] = node;
    return count + 1;
  }
}
