import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/policy/normalise-text.ts';
import type { DetectorContext } from '../../src/policy/rules/detector.ts';
import { CONTENT_DETECTORS } from '../../src/policy/rules/content/index.ts';

/**
 * Adversarial 4 MB inputs straight into foldText and each content detector (the checker itself
 * refuses drafts this long). They must finish, without hanging or overflowing the stack. The
 * time bound is a generous sanity bound against quadratic work, not a benchmark.
 */
const SIZE = 4 * 1024 * 1024;
const SANITY_MS = 60_000;

const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const HOSTILE: Readonly<Record<string, () => string>> = {
  'one character repeated': () => fill('a'),
  'a b a b …': () => fill('a b '),
  'spaced profanity f u c k …': () => fill('f u c k '),
  'zero-width flood': () => fill('\u200B'),
  'zero-width between letters': () => fill('s\u200Bh\u200Bi\u200Bt\u200B'),
  'long digit run': () => fill('1'),
  'masks and leetspeak': () => fill('f*$!@'),
  'repeated group words': () => fill('men are '),
  'one long sentence of gambling words': () => fill('bet casino free bets '),
  'surrogate pairs and combining marks': () => fill('😀e\u0301'),
  'lone surrogates': () => fill('\uD800x\uDC00'),
  'Cyrillic look-alikes': () => fill('ѕhіt '),
  'markdown stars on one line': () => fill('**a** b** '),
  'whitespace flood': () => fill(' \t\n'),
};

const contextOf = (draft: string): DetectorContext => ({
  text: foldText(draft),
  account: 'company',
  organisation: { names: ['zrtherapy'], ownDomains: ['zrtherapy.co.uk'], lexicon: () => [] },
});

describe('hostile input', () => {
  for (const [name, make] of Object.entries(HOSTILE)) {
    it(`folds and detects within bounds: ${name}`, () => {
      const draft = make();
      const started = performance.now();
      const folded = foldText(draft);
      expect(folded.sourceStart.length).toBe(folded.folded.length);
      const context = contextOf(draft);
      for (const detector of CONTENT_DETECTORS) {
        const signals = detector.detect(context);
        for (const signal of signals.slice(0, 1000)) {
          expect(signal.span[0]).toBeGreaterThanOrEqual(0);
          expect(signal.span[1]).toBeLessThanOrEqual(draft.length);
        }
      }
      expect(performance.now() - started).toBeLessThan(SANITY_MS);
    }, 120_000);
  }

  it('still finds the swearing in a 4 MB spaced flood', () => {
    const draft = fill('f u c k ');
    const signals = CONTENT_DETECTORS.find((detector) => detector.id === 'profanity')!.detect(contextOf(draft));
    expect(signals.length).toBeGreaterThan(100_000);
  }, 120_000);
});
