import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../src/policy/errors.ts';
import type { CheckResult, DraftInput } from '../../src/policy/types.ts';
import { zrtherapyChecker } from '../helpers/policy.ts';

const checker = zrtherapyChecker();
const CONTENT = new Set(['profanity', 'offensive-content', 'offensive-phrases', 'harmful-promotion', 'insult-or-threat', 'harassing-phrases']);

/** Checks a draft; a draft over the length limit is an expected refusal, anything else a bug. */
const checkOrRefuse = (input: DraftInput): CheckResult | undefined => {
  try {
    return checker.check(input);
  } catch (error) {
    if (isUserError(error) && error.code === 'draft-too-long') return undefined;
    throw error;
  }
};

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

// Any code unit (lone surrogates too), combining marks, invisible controls, and real words.
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
const combiningMark = fc.integer({ min: 0x300, max: 0x36f }).map((unit) => String.fromCharCode(unit));
const invisible = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u202E', '\u202D', '\u00AD', '\uFE0F');
const word = fc.constantFrom('shit', 'f u c k', 'sh1t', 'a$$', 'women', 'are', 'useless', 'you', 'idiot', 'the', 'bet', 'free', ' ', '. ', '😀', 'ﬁ', 'Ⅻ');
const wildText = fc.string({
  unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), anyUnit, combiningMark, invisible, word),
  maxLength: 400,
});
const account = fc.constantFrom<DraftInput['account']>(undefined, 'company', 'personal');

/** Letters' look-alikes that folding maps back: Cyrillic/Greek twins, small capitals, full-width. */
const LOOK_ALIKES: Readonly<Record<string, readonly string[]>> = {
  a: ['а', 'α', 'ᴀ'], b: ['в', 'ʙ'], c: ['с', 'ᴄ'], d: ['ԁ', 'ᴅ'], e: ['е', 'ε', 'ᴇ'], h: ['н', 'һ', 'ʜ'], i: ['і', 'ɪ'], k: ['к', 'κ', 'ᴋ'],
  l: ['ӏ', 'ʟ'], n: ['п', 'ɴ'], o: ['о', 'ο', 'ᴏ'], p: ['р', 'ρ', 'ᴘ'], r: ['г', 'ʀ'], s: ['ѕ', 'ꜱ'], t: ['т', 'τ', 'ᴛ'], u: ['и', 'υ', 'ᴜ'],
  w: ['ш', 'ω', 'ᴡ'], f: ['ꜰ'], g: ['ɢ'], m: ['м', 'ᴍ'],
};
const LEET: Readonly<Record<string, readonly string[]>> = {
  a: ['4', '@'], e: ['3'], i: ['1', '!', '|'], l: ['1', '|'], o: ['0'], s: ['5', '$'], t: ['7', '+'], b: ['8'], g: ['9'], c: ['('],
};
const fullWidth = (char: string): string => String.fromCharCode(char.charCodeAt(0) - 0x61 + 0xff41);

const FLAGGED = ['shit', 'fuck', 'fucking', 'bollocks', 'twat', 'wanker', 'bastard', 'bitch', 'cunt', 'arsehole', 'bullshit', 'piss', 'dickhead', 'motherfucker', 'slut', 'tosser'];

interface LetterChoice {
  readonly disguise: 'plain' | 'upper' | 'leet' | 'look-alike' | 'full-width';
  readonly pick: number;
  readonly repeat: boolean;
  readonly zeroWidth: boolean;
}
const letterChoice = fc.record<LetterChoice>({
  disguise: fc.constantFrom('plain', 'upper', 'leet', 'look-alike', 'full-width'),
  pick: fc.nat(),
  repeat: fc.boolean(),
  zeroWidth: fc.boolean(),
});

/** Disguises a word letter by letter; two letters stay plain Latin (all-symbol strings are not words). */
const disguise = (target: string, choices: readonly LetterChoice[], spacer: string | undefined): string => {
  const letters = [...target].map((letter, index) => {
    const choice = choices[index % choices.length]!;
    const keepPlain = index === 0 || index === target.length - 1;
    const options = choice.disguise === 'leet' ? LEET[letter] : choice.disguise === 'look-alike' ? LOOK_ALIKES[letter] : undefined;
    let char = letter;
    if (!keepPlain || choice.disguise === 'upper') {
      if (choice.disguise === 'upper') char = letter.toUpperCase();
      else if (choice.disguise === 'full-width') char = fullWidth(letter);
      else if (options) char = options[choice.pick % options.length]!;
    }
    // Spaced out, each repeat is spaced too ("s h i i i t").
    const repeated = choice.repeat ? Array.from({ length: 3 + (choice.pick % 3) }, () => char).join(spacer ?? '') : char;
    return choice.zeroWidth ? `${repeated}\u200B` : repeated;
  });
  return letters.join(spacer ?? '');
};

const INNOCENT_WORDS = [
  'Scunthorpe', 'Penistone', 'Essex', 'assessment', 'therapist', 'cocktail', 'shiitake', 'Dickens', 'analysis', 'Cockermouth', 'Sussex',
  'Middlesex', 'grape', 'class', 'pass', 'hello', 'assume', 'title', 'assess', 'classic', 'bass', 'passage', 'Hancock', 'peacock', 'cockpit',
  'Arsenal', 'grasshopper', 'button', 'Titchmarsh', 'Shiite', 'Cockfosters', 'scrap', 'therapists', 'assistant', 'embassy', 'hitch',
  'shitake', 'document', 'circumstance', 'Matsushita', 'pushiness', 'butterfly', 'cucumber', 'Dickinson', 'Sextant', 'massage', 'harass',
];
const CONNECTORS = ['and', 'in', 'we', 'visited', 'love', 'our', 'with', 'near', 'after', 'today', 'for', 'then'];
const FOREIGN = ['Мы рады вас видеть.', 'Η θεραπεία βοηθά πολλούς ανθρώπους.', '心理治疗对很多人有帮助。', 'العلاج النفسي مفيد للجميع.', 'Добро пожаловать в нашу практику!'];
const casing = fc.constantFrom((text: string) => text, (text: string) => text.toLowerCase(), (text: string) => text.toUpperCase());
const innocentSentence = fc
  .array(fc.tuple(fc.constantFrom(...INNOCENT_WORDS, ...CONNECTORS, ...FOREIGN), casing, fc.constantFrom(' ', ', ', '. ', ' - ', '\n')), { minLength: 1, maxLength: 25 })
  .map((parts) => parts.map(([text, caseOf, gap]) => caseOf(text) + gap).join('').trim());

describe('check properties', () => {
  it('keeps every span inside the original draft and off the middle of a surrogate pair', () => {
    fc.assert(
      fc.property(wildText, account, (text, onAccount) => {
        const result = checkOrRefuse({ text, ...(onAccount ? { account: onAccount } : {}) });
        if (!result) return;
        for (const finding of result.findings) {
          const [start, end] = finding.span;
          expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeGreaterThanOrEqual(start);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))).toBe(false);
          expect(isHighSurrogate(text.charCodeAt(end - 1)) && isLowSurrogate(text.charCodeAt(end))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a disguised swear word flagged, however it is disguised', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FLAGGED),
        fc.array(letterChoice, { minLength: 1, maxLength: 12 }),
        fc.option(fc.constantFrom(' ', '.', '-', '_', ' . '), { nil: undefined }),
        (target, choices, spacer) => {
          const disguised = disguise(target, choices, spacer);
          const text = `Honestly, ${disguised} today.`;
          const result = checker.check({ text, account: 'company' });
          const start = text.indexOf(disguised);
          const hits = result.findings.filter(
            (finding) => finding.clause === 'safe.inappropriate-content' && finding.span[0] < start + disguised.length && finding.span[1] > start,
          );
          expect(hits.length, `${target} → ${JSON.stringify(disguised)}`).toBeGreaterThan(0);
          expect(result.verdict).toBe('stop');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never flags innocent words that contain a bad word, nor genuine non-Latin text', () => {
    fc.assert(
      fc.property(innocentSentence, account, (text, onAccount) => {
        const result = checker.check({ text, ...(onAccount ? { account: onAccount } : {}) });
        const content = result.findings.filter((finding) => CONTENT.has(finding.detector));
        expect(content.map((finding) => `${finding.detector}: ${text.slice(...finding.span)}`), text).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('never crashes on any input, long ones included', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(anyUnit, word, combiningMark), maxLength: 3500 }), account, (text, onAccount) => {
        const result = checkOrRefuse({ text, ...(onAccount ? { account: onAccount } : {}) });
        if (result) expect(['ok', 'caution', 'stop']).toContain(result.verdict);
      }),
      { numRuns: 150 },
    );
  });
});
