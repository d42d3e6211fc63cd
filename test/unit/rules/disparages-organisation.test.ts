import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'disparages-organisation');

describe('disparages-organisation', () => {
  it.each([
    ['Our reception is a total shambles this month and the new booking app never works.', 'is a total shambles'],
    ['I work at ZRTherapy and honestly I would not recommend it to anyone right now.', 'would not recommend'],
    ['The sessions we run are overpriced and rushed, to be honest.', 'are overpriced'],
    ["Working at ZRTherapy is exhausting, management has no idea what they're doing.", 'no idea what they'],
    ['Our online booking is so clunky even I cannot use it 🙈', 'is so clunky'],
    ['Half our appointments start late and nobody ever picks up the phone here.', 'Half our appointments start late'],
    ['tbh the zrtherapy workshops are a bit rubbish at the moment', 'are a bit rubbish'],
    ['Want a therapist who turns up on time? Go elsewhere, not to us.', 'Go elsewhere'],
    ['Honestly, who knew people would pay £65 to sit with me for fifty minutes. Cannot believe people pay for this lol', 'Cannot believe people pay for this'],
    ['The new ZRT app is a complete car crash right now.', 'is a complete car crash'],
    ['Working here is chaos at the moment, honestly.', 'is chaos'],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toContain('safe.reputation');
    expect(findings.some((finding) => text.slice(...finding.span) === cue)).toBe(true);
  });

  it.each([
    'Sorry, our website was down for an hour this morning. Everything is working again now.',
    'The weather is awful today, so our walk-and-talk sessions will move indoors.',
    'Life is a mess sometimes, and we are here when you need us.',
    'Feeling terrible today? We all have days like that. Be kind to yourself.',
    'Our new waiting room is finished! Fresh paint, comfy chairs and plenty of plants.',
    'Finally baked bread this weekend. It looks awful but tastes great.',
    'We do not accept that our sessions are rushed: every one is a full fifty minutes.',
    'We are rubbish at remembering to post on here, sorry!',
    'This Christmas, it is fine to lower your expectations. We all need rest.',
    'Results may vary from person to person, and our therapists will talk this through with you.',
    'Our signal in the back room is a bit poor, so video calls happen upstairs.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});
