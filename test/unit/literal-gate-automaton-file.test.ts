import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { automatonKey, readAutomaton, writeAutomaton } from '../../src/literal-gate-automaton-file.ts';
import { type Automaton, buildAutomaton } from '../../src/policy/rules/literal-automaton.ts';

/** Clauses of three made-up patterns: scones with jam or cream, a kettle, a teapot with a cosy. */
const CLAUSES = [[[['scone'], ['jam', 'cream']]], [[['kettle']]], [[['teapot'], ['cosy']], [['tea co']]]];
const OTHER_CLAUSES = [[[['crumpet']]]];

const analysesFile = (): string => join(mkdtempSync(join(tmpdir(), 'automaton-file-')), 'literal-gate.cache');
const automatonFile = (file: string): string => {
  const [name] = readdirSync(join(file, '..')).filter((entry) => entry.endsWith('.automaton'));
  if (name === undefined) throw new Error('no automaton was written');
  return join(file, '..', name);
};

describe('the literal gate automaton file', () => {
  it('gives back the very automaton that was kept (every field, typed arrays as such)', () => {
    const file = analysesFile();
    const built = buildAutomaton(CLAUSES);
    const key = automatonKey(CLAUSES);
    expect(readAutomaton(file, 'code-1', key)).toBeUndefined();
    expect(writeAutomaton(file, 'code-1', key, built)).toBe(true);
    const read = readAutomaton(file, 'code-1', key)!;
    expect(Object.keys(read).sort()).toEqual(Object.keys(built).sort());
    for (const [name, value] of Object.entries(built)) {
      const kept = read[name as keyof Automaton];
      expect(kept?.constructor).toBe(value.constructor);
      expect(kept).toEqual(value);
    }
  });

  it('is filed under the exact clauses and the code that built it: other clauses or other code miss', () => {
    const file = analysesFile();
    writeAutomaton(file, 'code-1', automatonKey(CLAUSES), buildAutomaton(CLAUSES));
    expect(readAutomaton(file, 'code-1', automatonKey(OTHER_CLAUSES))).toBeUndefined();
    expect(readAutomaton(file, 'code-2', automatonKey(CLAUSES))).toBeUndefined();
    expect(automatonKey(CLAUSES)).not.toBe(automatonKey([...CLAUSES, [[['x']]]]));
  });

  it('does not use a file that was cut off, altered in its bytes, or whose header was edited', () => {
    const file = analysesFile();
    const key = automatonKey(CLAUSES);
    writeAutomaton(file, 'code-1', key, buildAutomaton(CLAUSES));
    const path = automatonFile(file);
    const written = readFileSync(path);
    const newline = written.indexOf(0x0a);
    const header = written.subarray(0, newline).toString('utf8');
    const flipped = Buffer.from(written);
    flipped[flipped.length - 3]! ^= 0x01;
    const damaged = [
      written.subarray(0, written.length - 8),
      flipped,
      // The same bytes read as other types: the header's list of fields is vouched for too.
      Buffer.concat([Buffer.from(header.replace('"Int32Array"', '"Uint32Array"')), written.subarray(newline)]),
      Buffer.concat([Buffer.from(header.replace('"name":"alphabet"', '"name":"__proto__"')), written.subarray(newline)]),
      Buffer.from('{"format":"literal-gate-automaton 1"}'),
    ];
    for (const bytes of damaged) {
      writeFileSync(path, bytes);
      expect(readAutomaton(file, 'code-1', key)).toBeUndefined();
    }
  });

  it('keeps only the newest few automata', () => {
    const file = analysesFile();
    for (let index = 0; index < 6; index++) {
      const clauses = [[[[`word${index}`]]]];
      expect(writeAutomaton(file, 'code-1', automatonKey(clauses), buildAutomaton(clauses))).toBe(true);
    }
    expect(readdirSync(join(file, '..')).filter((name) => name.endsWith('.automaton'))).toHaveLength(4);
    const newest = [[['word5']]];
    expect(readAutomaton(file, 'code-1', automatonKey([newest]))?.version).toBe(1);
  });

  it('keeps nothing it could not read back, and fails quietly where it cannot write', () => {
    const file = analysesFile();
    const odd = { ...buildAutomaton(CLAUSES), names: ['not', 'a', 'typed', 'array'] } as unknown as Automaton;
    expect(writeAutomaton(file, 'code-1', automatonKey(CLAUSES), odd)).toBe(false);
    expect(readAutomaton(file, 'code-1', automatonKey(CLAUSES))).toBeUndefined();
    const blocked = join(mkdtempSync(join(tmpdir(), 'automaton-file-')), 'gone', 'literal-gate.cache');
    expect(writeAutomaton(blocked, 'code-1', automatonKey(CLAUSES), buildAutomaton(CLAUSES))).toBe(false);
    const directory = analysesFile();
    mkdirSync(`${directory}.${automatonKey(CLAUSES)}.automaton`, { recursive: true });
    expect(writeAutomaton(directory, 'code-1', automatonKey(CLAUSES), buildAutomaton(CLAUSES))).toBe(false);
    expect(readAutomaton(directory, 'code-1', automatonKey(CLAUSES))).toBeUndefined();
  });
});
