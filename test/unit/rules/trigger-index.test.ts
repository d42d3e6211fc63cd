import { describe, expect, it } from 'vitest';
import type { Detector } from '../../../src/policy/rules/detector.ts';
import { createTriggerIndex } from '../../../src/policy/rules/trigger-index.ts';

const detector = (id: string, triggers?: readonly string[]): Detector => ({
  id,
  description: id,
  ...(triggers ? { triggers } : {}),
  detect: () => [],
});

describe('createTriggerIndex', () => {
  const always = detector('always');
  const piracy = detector('piracy', ['torrent', 'pirat', 'warez']);
  const money = detector('money', ['£', 'income']);
  const index = createTriggerIndex([always, piracy, money]);

  it('runs a detector only when a word starts with one of its triggers', () => {
    expect(index.select('grab the torrents here').map((d) => d.id)).toEqual(['always', 'piracy']);
    expect(index.select('pirated films and £20').map((d) => d.id)).toEqual(['always', 'piracy', 'money']);
    expect(index.select('a quiet walk by the sea').map((d) => d.id)).toEqual(['always']);
  });

  it('matches prefixes of words, not words inside words', () => {
    expect(index.select('the incomes rose').map((d) => d.id)).toContain('money');
    expect(index.select('outcome').map((d) => d.id)).not.toContain('money');
  });

  it('needs the whole trigger at the start of a word', () => {
    const long = createTriggerIndex([detector('long', ['confidential'])]);
    expect(long.select('strictly confidential notes').map((d) => d.id)).toEqual(['long']);
    expect(long.select('confidentiality matters').map((d) => d.id)).toEqual(['long']);
    expect(long.select('a confident post').map((d) => d.id)).toEqual([]);
  });

  it('starts a word after a symbol or a digit too, where patterns bounded by (?<![a-z]) can start', () => {
    const therapy = createTriggerIndex([detector('therapy', ['therap'])]);
    for (const text of ['#therapy works', 'ask @therapyhub', '2therapists', '£therapy']) expect(therapy.select(text).map((d) => d.id)).toEqual(['therapy']);
    expect(therapy.select('psychotherapy').map((d) => d.id)).toEqual([]);
  });

  it('reads words of any script, and symbols detectors key on', () => {
    const index = createTriggerIndex([detector('greek', ['καλη']), detector('money', ['£'])]);
    expect(index.select('καλημέρα σε όλους, £20').map((d) => d.id)).toEqual(['greek', 'money']);
  });

  it('runs everything when no detector declares triggers', () => {
    expect(createTriggerIndex([always]).select('anything').map((d) => d.id)).toEqual(['always']);
  });
});

describe('createTriggerIndex: triggers that branch, share prefixes or hold other characters', () => {
  const index = createTriggerIndex([
    detector('pass', ['pass', 'passw', 'p:']),
    detector('pay', ['pay', 'payp', 'pa']),
    detector('quote', ['don’t tell', "don't tell"]),
    detector('euro', ['€', 'café']),
  ]);
  const ids = (text: string) => index.select(text).map((d) => d.id);

  it('follows a one-child chain and a branching node alike', () => {
    expect(ids('a password')).toEqual(['pass', 'pay']);
    expect(ids('p: 1234')).toEqual(['pass']);
    expect(ids('paypal')).toEqual(['pay']);
    expect(ids('pa')).toEqual(['pay']);
    expect(ids('p')).toEqual([]);
  });

  it('walks characters past ASCII inside a trigger and at its start', () => {
    expect(ids('please don’t tell')).toEqual(['quote']);
    expect(ids("please don't tell")).toEqual(['quote']);
    expect(ids('please don’t')).toEqual([]);
    expect(ids('€20 at the café')).toEqual(['euro']);
    expect(ids('a cafe')).toEqual([]);
  });
});
