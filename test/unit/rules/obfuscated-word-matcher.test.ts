import { describe, expect, it } from 'vitest';
import { ObfuscatedWordMatcher } from '../../../src/policy/rules/content/obfuscated-word-matcher.ts';

const lettersOf = (word: string): number => [...word].reduce((bits, char) => (char >= 'a' && char <= 'z' ? bits | (1 << (char.charCodeAt(0) - 0x61)) : bits), 0);

describe('ObfuscatedWordMatcher.mayOccurInLetters', () => {
  const matcher = new ObfuscatedWordMatcher([['fuck', 1], ['bloke', 2]] as const);

  it('rules out a word missing a letter of every listed form', () => {
    expect(matcher.mayOccurInLetters(lettersOf('fuk'))).toBe(false);
    expect(matcher.mayOccurInLetters(lettersOf('blok'))).toBe(false);
    expect(matcher.mayOccurInLetters(lettersOf('absofuckinglutely'))).toBe(true);
    expect(matcher.mayOccurInLetters(lettersOf('kebolb'))).toBe(true);
  });

  it('never rules out a word that holds a listed form', () => {
    for (const word of ['absofuckinglutely', 'motherfucker', 'blokes', "don't", 'fuckity', 'unblokely', 'cat', 'fcuk', 'shit']) {
      if (matcher.occursInPlain(word, 0, word.length)) expect(matcher.mayOccurInLetters(lettersOf(word))).toBe(true);
    }
  });
});
