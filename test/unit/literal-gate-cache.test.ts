import { hash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyserIdentity, openLiteralGateCache } from '../../src/literal-gate-cache.ts';
import { foldText } from '../../src/policy/normalise-text.ts';
import { buildAutomaton } from '../../src/policy/rules/literal-automaton.ts';
import type { Requirements } from '../../src/policy/rules/literal-cuts.ts';
import { type AnalysisCache, gated, mayMatch, useAnalysisCache } from '../../src/policy/rules/literal-gate.ts';

const KETTLE = /(?:kettle|teapot)s? (?:boil|brew)/iu;
const KETTLE_NEEDS: Requirements = [[['kettle'], ['boil', 'brew']], [['teapot'], ['boil', 'brew']]];
const SCONE = /scone/;

const fileIn = (): string => join(mkdtempSync(join(tmpdir(), 'literal-gate-cache-')), 'literal-gate.cache');

/** A cache written by an earlier run: the kettle pattern analysed, the scone pattern found to need nothing. */
const writtenCache = (file = fileIn(), analyser = 'analyser-1'): string => {
  const cache = openLiteralGateCache(file, analyser);
  cache.set(KETTLE, KETTLE_NEEDS);
  cache.set(SCONE, null);
  expect(cache.flush()).toBe(true);
  return file;
};

afterEach(() => useAnalysisCache(undefined));

describe('the literal gate cache', () => {
  it('misses on a new file, then gives back what an earlier run kept (a hit), nulls included', () => {
    const file = fileIn();
    expect(openLiteralGateCache(file, 'analyser-1').get(KETTLE)).toBeUndefined();
    writtenCache(file);
    const reopened = openLiteralGateCache(file, 'analyser-1');
    expect(reopened.get(new RegExp(KETTLE.source, KETTLE.flags))).toEqual(KETTLE_NEEDS);
    expect(reopened.get(SCONE)).toBeNull();
  });

  it('files an analysis under its pattern exactly: another source or other flags miss', () => {
    const reopened = openLiteralGateCache(writtenCache(), 'analyser-1');
    expect(reopened.get(/(?:kettle|teapot)s? (?:boil|brew)/u)).toBeUndefined();
    expect(reopened.get(/(?:kettle|teapot)s? (?:boil|brews)/iu)).toBeUndefined();
  });

  it('discards a file the analysis code did not write (stale key) and rewrites it for the code running now', () => {
    const file = writtenCache(fileIn(), 'analyser-1');
    const newer = openLiteralGateCache(file, 'analyser-2');
    expect(newer.get(KETTLE)).toBeUndefined();
    newer.set(KETTLE, [[['kettle']]]);
    expect(newer.flush()).toBe(true);
    expect(openLiteralGateCache(file, 'analyser-2').get(KETTLE)).toEqual([[['kettle']]]);
    expect(openLiteralGateCache(file, 'analyser-1').get(KETTLE)).toBeUndefined();
  });

  it('does not trust a corrupt file: garbage, a cut-off file, an altered literal, or a wrong shape', () => {
    const file = writtenCache();
    const written = readFileSync(file, 'utf8');
    const [header, entries] = [written.slice(0, written.indexOf('\n')), written.slice(written.indexOf('\n') + 1)];
    const wrongShape = JSON.stringify(Object.fromEntries(Object.keys(JSON.parse(entries) as object).map((key) => [key, 7])));
    const corruptions = [
      'not a cache at all',
      written.slice(0, written.length - 9),
      `${header}\n${entries.replace('kettle', 'kettlf')}`,
      // The shape is wrong even though the digest was recomputed for it (as a bug, not damage, would write).
      `${header.replace(/"digest":"[^"]*"/, `"digest":"${hash('sha256', `analyser-1\u0000${wrongShape}`, 'base64url')}"`)}\n${wrongShape}`,
      `${JSON.stringify({ ...(JSON.parse(header) as object), format: 'something else' })}\n${entries}`,
    ];
    for (const corrupt of corruptions) {
      writeFileSync(file, corrupt);
      expect(openLiteralGateCache(file, 'analyser-1').get(KETTLE)).toBeUndefined();
    }
  });

  it('rebuilds a corrupt file: the next run analyses again and writes a file that the one after reads', () => {
    const file = fileIn();
    writeFileSync(file, '{"format":"literal-gate-cache 1"');
    const cache = openLiteralGateCache(file, 'analyser-1');
    expect(cache.get(KETTLE)).toBeUndefined();
    cache.set(KETTLE, KETTLE_NEEDS);
    expect(cache.flush()).toBe(true);
    expect(openLiteralGateCache(file, 'analyser-1').get(KETTLE)).toEqual(KETTLE_NEEDS);
  });

  it('still works where nothing can be read or written: analyses are kept for the run only', () => {
    const blocked = fileIn();
    // A directory where the file should be: it can be neither read nor replaced.
    mkdirSync(blocked);
    const readOnly = join(mkdtempSync(join(tmpdir(), 'literal-gate-cache-ro-')), 'sub');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o500);
    for (const file of [blocked, join(readOnly, 'literal-gate.cache'), join(blocked, 'missing', 'literal-gate.cache'), undefined]) {
      const cache = openLiteralGateCache(file, 'analyser-1');
      expect(cache.get(KETTLE)).toBeUndefined();
      expect(() => cache.set(KETTLE, KETTLE_NEEDS)).not.toThrow();
      expect(cache.get(KETTLE)).toEqual(KETTLE_NEEDS);
      // Root may write anywhere; everyone else is refused, and a refusal is reported, not thrown.
      if (file !== undefined && file !== join(readOnly, 'literal-gate.cache')) expect(cache.flush()).toBe(false);
    }
  });

  it('writes fresh analyses by itself once the current work is done', async () => {
    const file = fileIn();
    openLiteralGateCache(file, 'analyser-1').set(KETTLE, KETTLE_NEEDS);
    await new Promise((resolve) => setImmediate(resolve));
    expect(openLiteralGateCache(file, 'analyser-1').get(KETTLE)).toEqual(KETTLE_NEEDS);
  });

  it('keeps no pattern whose literals hold its separator (they would be read back split)', () => {
    const file = fileIn();
    const cache = openLiteralGateCache(file, 'analyser-1');
    cache.set(KETTLE, [[['ket\uffffle']]]);
    cache.set(SCONE, [[['scone']]]);
    cache.flush();
    const reopened = openLiteralGateCache(file, 'analyser-1');
    expect(reopened.get(KETTLE)).toBeUndefined();
    expect(reopened.get(SCONE)).toEqual([[['scone']]]);
  });

  it('keeps the automaton built for a set of clauses beside it, once the current work is done', async () => {
    const file = fileIn();
    const clauses = [[[['kettle'], ['boil', 'brew']]], [[['scone']]]];
    const built = buildAutomaton(clauses);
    const cache = openLiteralGateCache(file, 'analyser-1');
    expect(cache.automatonFor!(clauses)).toBeUndefined();
    cache.keepAutomaton!(clauses, built);
    await new Promise((resolve) => setImmediate(resolve));
    const reopened = openLiteralGateCache(file, 'analyser-1');
    expect(reopened.automatonFor!(clauses)).toEqual(built);
    expect(reopened.automatonFor!([[[['scone']]]])).toBeUndefined();
    expect(openLiteralGateCache(file, 'analyser-2').automatonFor!(clauses)).toBeUndefined();
    // Without a file nothing is kept, and the gate builds its automaton itself.
    expect(openLiteralGateCache(undefined, 'analyser-1').automatonFor).toBeUndefined();
  });

  it('is keyed by the analysis code as it is on disk', () => {
    expect(analyserIdentity()).toMatch(/^[\w-]{43}$/);
    expect(analyserIdentity()).toBe(analyserIdentity());
  });
});

describe('the literal gate with a cache installed', () => {
  /** A cache in memory that records what the gate asks of it. */
  const recording = (): AnalysisCache & { readonly asked: string[]; readonly kept: Map<string, Requirements> } => {
    const kept = new Map<string, Requirements>();
    const asked: string[] = [];
    return {
      asked,
      kept,
      get: (pattern) => {
        asked.push(pattern.source);
        return kept.get(pattern.source);
      },
      set: (pattern, requirements) => kept.set(pattern.source, requirements),
    };
  };

  it('analyses a pattern once and keeps the result; a pattern with the same source later is not analysed again', () => {
    const cache = recording();
    useAnalysisCache(cache);
    gated(/crumpets? (?:toasted|buttered)/);
    // Cut to the gate's six characters: "crumpet s toasted" and the rest all begin so, and end
    // in one of two ways.
    expect(cache.kept.get('crumpets? (?:toasted|buttered)')).toEqual([[['crumpe'], ['oasted', 'ttered']]]);
    cache.kept.set('crumpets? (?:toasted|buttered)', [[['muffin']]]);
    const again = gated(/crumpets? (?:toasted|buttered)/);
    // The kept analysis was used as it was: only "muffin" lets the pattern run now.
    expect(mayMatch(foldText('toasted crumpets'), again)).toBe(false);
    expect(mayMatch(foldText('an english muffin'), again)).toBe(true);
    expect(cache.asked).toEqual(['crumpets? (?:toasted|buttered)', 'crumpets? (?:toasted|buttered)']);
  });

  it('takes from disk exactly what it analysed, and analyses nothing again', () => {
    const file = fileIn();
    const source = 'jam (?:first|second)|cream (?:first|on top)';
    const first = openLiteralGateCache(file, 'analyser-1');
    const analysed: Requirements[] = [];
    useAnalysisCache({ get: (pattern) => first.get(pattern), set: (pattern, requirements) => (analysed.push(requirements), first.set(pattern, requirements)) });
    gated(new RegExp(source));
    expect(analysed).toEqual([[[['jam fi', 'jam se'], [' first', 'second']], [['cream '], [' first', 'on top']]]]);
    expect(first.flush()).toBe(true);

    const second = openLiteralGateCache(file, 'analyser-1');
    useAnalysisCache({ get: (pattern) => second.get(pattern), set: (pattern, requirements) => (analysed.push(requirements), second.set(pattern, requirements)) });
    gated(new RegExp(source));
    expect(analysed).toHaveLength(1);
    expect(second.get(new RegExp(source))).toEqual(analysed[0]);
  });
});
