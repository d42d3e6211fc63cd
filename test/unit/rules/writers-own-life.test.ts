import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/policy/normalise-text.ts';
import { clientDisclosure } from '../../../src/policy/rules/confidentiality/client-disclosure.ts';
import { colleagueDisclosure } from '../../../src/policy/rules/confidentiality/colleague-disclosure.ts';
import type { DetectorContext } from '../../../src/policy/rules/detector.ts';
import { aboutWritersOwnLife } from '../../../src/policy/rules/people-in-therapy.ts';
import { zrtherapyChecker } from '../../helpers/policy.ts';

/**
 * A story about the writer's own family or friends is their own life, not a client's case or a
 * colleague's private matter: the learned detector's reading of one gives way to that, unless a
 * client, a therapeutic relationship or (for colleagues) someone from work is in the draft.
 */
const checker = zrtherapyChecker();
const context = (text: string): DetectorContext => ({ text: foldText(text), account: 'personal', organisation: { names: [], ownDomains: [], lexicon: () => [] } });

describe("the writer's own life", () => {
  it('is a relative or old friend with no client and no therapy anywhere', () => {
    expect(aboutWritersOwnLife(foldText('I told my wife she draws her eyebrows too high. She looked surprised.').folded)).toBe(true);
    expect(aboutWritersOwnLife(foldText('My niece told me she got into uni!').folded)).toBe(true);
    expect(aboutWritersOwnLife(foldText('My niece, who I saw for three sessions last year, told me she got into uni').folded)).toBe(false);
    expect(aboutWritersOwnLife(foldText('A client told me her sister is pregnant').folded)).toBe(false);
  });

  it("turns down the model's client or colleague reading of a joke about one's wife", () => {
    const joke = 'I told my wife she draws her eyebrows too high. She looked surprised.';
    expect(clientDisclosure.contradictsLearned!(context(joke), [0, joke.length])).toBe(true);
    expect(colleagueDisclosure.contradictsLearned!(context(joke), [0, joke.length])).toBe(true);
    expect(checker.check({ text: joke, account: 'personal' }).verdict).toBe('ok');
  });

  it('keeps the colleague reading when someone from work is in the draft', () => {
    const text = 'Spare a thought for my work wife Chloe, her dad has dementia.';
    expect(colleagueDisclosure.contradictsLearned!(context(text), [0, text.length])).toBe(false);
  });
});
