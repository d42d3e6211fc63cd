import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'third-party-leak');

describe('third-party-leak', () => {
  it.each([
    'Word is Bright Path Counselling is about to lose its NHS contract — a mate who works there told me, but it is all hush-hush.',
    'Just seen the confidential draft of the council\'s new mental health strategy. Spoiler: youth services are being cut.',
    'Don\'t tell anyone I told you, but the BACP are about to announce a big rise in fees.',
    'Somebody leaked the Riverside Clinic staff survey and it does not make pretty reading.',
    'A contact at the hospital trust sent me their restructure plans — twelve posts are going.',
    'My friend at Cedar Counselling says they are cutting everyone\'s hours in June.',
    'The Open Minds Trust\'s unpublished survey results show half their volunteers want to quit.',
    'Rumour has it Meadow Counselling are closing their Braintree clinic and letting staff go.',
    'Nurse friend says the hospital is closing its eating disorder unit, but they have not told staff yet.',
    'The university\'s embargoed report on student wellbeing says 1 in 3 students skip meals.',
    'The draft funding review that is being passed around the trust says counselling budgets halve next year.',
    'Copies of the college\'s draft timetable are doing the rounds on WhatsApp, happy to forward.',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.third-party-confidential');
  });

  it('hears "between us" as a secret when it is said as one', () => {
    for (const text of [
      'Between us, Harbour Counselling is closing next month.',
      'Just between us, Acme Ltd is being bought out.',
      'Harbour Counselling is closing, but this is between us.',
      'Honestly between us the trust is closing the Harrogate unit next spring.',
      'The trust is closing the Harrogate unit next spring (between us!)',
      'The trust is closing the Harrogate unit next spring, so keep that between us.',
      'Between you and I, the council is cutting the talking therapies budget by half.',
    ]) {
      expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.third-party-confidential');
    }
  });

  it('points at the leak', () => {
    const text = 'Have you seen the internal memo from Oakwood Therapy? Ouch.';
    const [finding] = findingsOf(text);
    expect(finding && text.slice(...finding.span)).toBe('internal memo');
  });

  it.each([
    'The new BACP guidance was published today — here is what it means for clients.',
    'How to protect your practice if client data is leaked: our five-step checklist.',
    'Everything you tell us stays confidential, unless someone is at risk.',
    'My mate says the new cafe on the high street does the best cake in town.',
    'A friend at work says I should try wild swimming. Anyone tried it?',
    "Can't say more yet, but we're teaming up with Colchester Library for something special!",
    'The council has announced new funding for youth mental health services. Great news!',
    'Our leaflet drafts are going round the team for comments this week.',
    'I can\'t say who enjoyed the quiz more, the staff or the volunteers!',
    'That cat video is doing the rounds again and I am not complaining.',
    // "Between us" as "together", not "in secret".
    'Litter pick with the Riverside Residents Group this morning: we filled eleven bags between us.',
    'The team at Riverside Clinic has forty years of experience between us, and loves a quiz night.',
    "Quiz night final: it's between us and the Red Lion lot.",
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('third-party-leak: heard from someone inside', () => {
  it.each([
    'The team at Oakleaf Counselling are being made redundant next month, heard it from their manager.',
    'Found out from one of their receptionists that Birchwood Clinic is closing in March.',
    'was told by a friend at the trust that they are cutting the talking therapies budget',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.third-party-confidential');
  });

  it.each([
    'Heard from a friend that the new café does great scones.',
    'Found out from their website that the library has late opening on Thursdays.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('third-party-leak: relatives on the inside, things not meant to be shared', () => {
  it.each([
    'My sister works at the CCG and says they are scrapping the counselling contract in April',
    'not meant to share this but the trust’s new pay bands are attached 👀',
    'Someone at Harbour Therapy forwarded me their price list for next year – they are going up 20%!',
    'Word on the street is the Willow Centre is losing its council funding next year',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.third-party-confidential');
  });

  it.each([
    'The BACP has announced its new ethical framework, published today.',
    'My friend says the new yoga studio in town is brilliant.',
    'Apparently it’s going to snow this weekend, stay safe everyone!',
    'Rumour has it there will be cake at the open day 🎂',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});
