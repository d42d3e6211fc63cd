import { describe, expect, it } from 'vitest';
import { withinOneEdit } from '../../../src/policy/rules/sharing/protected-names.ts';

describe('withinOneEdit', () => {
  it('allows one substitution, insertion, deletion or swap of neighbours', () => {
    expect(withinOneEdit('paypal', 'paypal')).toBe(true);
    expect(withinOneEdit('paypal', 'paypai')).toBe(true);
    expect(withinOneEdit('paypal', 'paypall')).toBe(true);
    expect(withinOneEdit('paypal', 'paypl')).toBe(true);
    expect(withinOneEdit('paypal', 'papyal')).toBe(true);
    expect(withinOneEdit('paypal', 'apypal')).toBe(true);
    expect(withinOneEdit('', 'a')).toBe(true);
  });

  it('refuses two edits', () => {
    expect(withinOneEdit('paypal', 'pyapla')).toBe(false);
    expect(withinOneEdit('paypal', 'paypalxx')).toBe(false);
    expect(withinOneEdit('paypal', 'baypai')).toBe(false);
    expect(withinOneEdit('paypal', 'aypl')).toBe(false);
    expect(withinOneEdit('ab', 'ca')).toBe(false);
    expect(withinOneEdit('abc', 'bca')).toBe(false);
  });
});
