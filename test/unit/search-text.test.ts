import { describe, expect, it } from 'vitest';
import { conceptsOf, synonymTable } from '../../src/policy/search-text.ts';

const table = synonymTable({
  insta: ['instagram'],
  'keep an eye on': ['monitor'],
  'keep calm': ['composure'],
  booked: ['appointment'],
});

describe('conceptsOf', () => {
  it('replaces the longest phrase that starts at each word, and single words', () => {
    expect(conceptsOf('Will they keep an eye on my insta?', table)).toEqual([['monitor'], ['instagram']]);
    expect(conceptsOf('keep calm and keep going', table)).toEqual([['composur'], ['keep'], ['going']]);
  });

  it('reads a phrase cut short by the end of the text as its own words', () => {
    expect(conceptsOf('we keep an eye', table)).toEqual([['keep'], ['eye']]);
  });

  it('keeps a word that starts no phrase as its stem', () => {
    expect(conceptsOf('we are booked up with posting', table)).toEqual([['appointment'], ['post']]);
  });
});
