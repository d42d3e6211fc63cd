import { describe, expect, it } from 'vitest';
import { DraftMemo, foldText, toOriginalSpan } from '../../src/policy/normalise-text.ts';

const originalOf = (draft: string, needle: string): string => {
  const text = foldText(draft);
  const at = text.folded.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const [start, end] = toOriginalSpan(text, at, at + needle.length);
  return draft.slice(start, end);
};

describe('foldText', () => {
  it('lower-cases, applies NFKC and strips diacritics', () => {
    expect(foldText('ＨＥＬＬＯ Café Ünïcode').folded).toBe('hello cafe unicode');
    expect(foldText('𝐁𝐨𝐥𝐝 ⓒⓘⓡⓒⓛⓔ').folded).toBe('bold circle');
  });

  it('drops zero-width, bidi and other invisible controls', () => {
    expect(foldText('a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf\u202Eg\u00ADh').folded).toBe('abcdefgh');
  });

  it('maps Cyrillic and Greek look-alikes inside Latin words, and small capitals anywhere', () => {
    expect(foldText('ѕhіt and ρіzza').folded).toBe('shit and pizza');
    expect(foldText('ʜᴇʟʟᴏ').folded).toBe('hello');
  });

  it('keeps genuine Russian and Greek text as it is', () => {
    expect(foldText('Привет, как дела?').folded).toBe('привет, как дела?');
    expect(foldText('Καλημέρα σας').folded).toBe('καλημερα σας');
  });

  it('maps every folded character back to where it came from', () => {
    expect(originalOf('Call ＺＲＴ now', 'zrt')).toBe('ＺＲＴ');
    expect(originalOf('I love 🐶 dogs', 'dogs')).toBe('dogs');
    expect(originalOf('the ﬁsh', 'fish')).toBe('ﬁsh');
    expect(originalOf('x\u200By word', 'word')).toBe('word');
  });

  it('keeps surrogate pairs together in spans', () => {
    const draft = '😀😀 end';
    const text = foldText(draft);
    expect(text.folded.length).toBe(draft.length);
    expect(toOriginalSpan(text, 0, 2)).toEqual([0, 2]);
    expect(toOriginalSpan(text, 2, 4)).toEqual([2, 4]);
  });

  it('survives lone surrogates and empty input', () => {
    expect(foldText('').folded).toBe('');
    expect(toOriginalSpan(foldText(''), 0, 3)).toEqual([0, 0]);
    const text = foldText('a\uD800b\uDC00c');
    expect(text.folded).toBe('a\uD800b\uDC00c');
    expect(text.sourceStart.length).toBe(text.folded.length);
  });

  it('has one source offset per folded code unit, in order', () => {
    const text = foldText('Ⅻ ﬀ ǅ ß İ ﷺ');
    expect(text.sourceStart.length).toBe(text.folded.length);
    expect(text.sourceEnd.length).toBe(text.folded.length);
    for (let i = 1; i < text.sourceStart.length; i++) expect(text.sourceStart[i]!).toBeGreaterThanOrEqual(text.sourceStart[i - 1]!);
  });
});

describe('foldText: long runs of plain ASCII between other characters', () => {
  it('keeps offsets right after a character that folds to several', () => {
    const draft = `ﬁ${'Abc '.repeat(50)}Ж${'XyZ'.repeat(40)}`;
    const text = foldText(draft);
    expect(text.folded).toBe(`fi${'abc '.repeat(50)}ж${'xyz'.repeat(40)}`);
    expect(text.sourceStart.length).toBe(text.folded.length);
    expect([...text.sourceStart.slice(0, 4)]).toEqual([0, 0, 1, 2]);
    expect([...text.sourceEnd.slice(0, 4)]).toEqual([1, 1, 2, 3]);
    expect(originalOf(draft, 'жxyz')).toBe('ЖXyZ');
  });

  it('weighs a disguised word against all the Latin letters of the draft, however long its ASCII runs', () => {
    // Mostly Latin: the all-look-alike word is Latin in disguise.
    expect(foldText(`${'plain words here '.repeat(5)}рау`).folded).toBe(`${'plain words here '.repeat(5)}pay`);
    // Mostly letters with no Latin twin: the same word stays Cyrillic.
    expect(foldText(`ab ${'Жж '.repeat(5)}рау`).folded).toBe(`ab ${'жж '.repeat(5)}рау`);
  });
});

describe('DraftMemo', () => {
  it('keeps one value per draft and memo, apart from other drafts and other memos', () => {
    const first = new DraftMemo<string>();
    const second = new DraftMemo<number>();
    const one = foldText('One draft.');
    const two = foldText('One draft.');
    expect(first.get(one)).toBeUndefined();
    first.set(one, 'first on one');
    second.set(one, 2);
    second.set(two, 22);
    expect(first.get(one)).toBe('first on one');
    expect(second.get(one)).toBe(2);
    expect(first.get(two)).toBeUndefined();
    expect(second.get(two)).toBe(22);
  });
});
