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

  it('cuts long triggers to a prefix, which can only widen the gate', () => {
    const long = createTriggerIndex([detector('long', ['confidentiality'])]);
    expect(long.select('confidential notes').map((d) => d.id)).toEqual(['long']);
  });

  it('runs everything when no detector declares triggers', () => {
    expect(createTriggerIndex([always]).select('anything').map((d) => d.id)).toEqual(['always']);
  });
});
