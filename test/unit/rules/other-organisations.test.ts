import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/policy/normalise-text.ts';
import { contradictsLearnedMention } from '../../../src/policy/rules/conduct/competitors.ts';
import type { OrganisationFacts } from '../../../src/policy/rules/detector.ts';
import { loadZrtherapy, zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const verdictOf = (text: string) => checker.check({ text, account: 'company' }).verdict;
/** The rules' own competitor findings, without the learned detector's. */
const ruleFindings = (text: string) =>
  checker.check({ text, account: 'company' }).findings.filter((finding) => finding.detector === 'competitor-mention' || finding.detector === 'competitor-rude');

describe('organisations that are not rival practices', () => {
  it.each([
    // Medicine, dentistry and vets use "practice" and "clinic" too.
    'Thank you to everyone at Riverbank Dental Practice for sponsoring our sponsored walk.',
    'The team at Harbourside Veterinary Clinic were so kind to our office dog this week.',
    // Journals and research centres.
    'A thoughtful issue of the Northern Journal of Counselling this month, on loneliness.',
    'Enjoyed the seminar by the Centre for Counselling Research on rural isolation.',
    // Told what they are, right after the name.
    'Greenway Talking Therapies, the local NHS service, takes self-referrals online.',
  ])('are not flagged: %s', (text) => {
    expect(verdictOf(text)).toBe('ok');
  });

  it.each([
    'Lovely morning at Meadow Wellness Studio, the yoga teacher there is a gem.',
    'Healthy Minds Cumbria are running a creative writing club for teenagers.',
  ])('a name whose only sector word many non-therapists use is not a rival to the rules, when nothing says what it sells: %s', (text) => {
    // The learned detector still reads the whole post and may judge otherwise.
    expect(ruleFindings(text)).toEqual([]);
  });

  it.each([
    // A list, not a description: the GP federation is the next item, with or without a comma before "and".
    ['We met Quayside Counselling, the local GP federation and others at the forum.', 'Quayside Counselling'],
    ['Thanks to Harbour Counselling, the NHS, and local schools for coming.', 'Harbour Counselling'],
    // Words rivals use in their names too.
    ['Welcome to Colchester, Community Counselling Essex!', 'Community Counselling Essex'],
    ['Congratulations to British Therapy Partners on their new rooms.', 'British Therapy Partners'],
    // The sentence says what a "Minds" or "Wellbeing" name sells.
    ['If we are full, Harbour Minds also do evening sessions in town.', 'Harbour Minds'],
    ['Congratulations to the therapists at Oakleaf Wellbeing on their new rooms.', 'Oakleaf Wellbeing'],
  ])('still are when the draft says so: %s', (text, name) => {
    const findings = ruleFindings(text);
    expect(findings.map((finding) => text.slice(...finding.span))).toEqual([name]);
  });

  it('scorned, a name that may be a rival is one', () => {
    const text = 'Willow Minds have rebranded again. Same smug slogans, spare us.';
    expect(verdictOf(text)).toBe('stop');
    expect(ruleFindings(text).map((finding) => finding.detector)).toEqual(['competitor-rude']);
  });

  it('a scornful description after a name is scorn, not a description', () => {
    expect(verdictOf('Harbour Counselling, the national embarrassment.')).toBe('stop');
  });

  it.each([
    'Saw the new Harbour Counselling billboard. Smug as ever.',
    'Whatever you do, avoid Kestrel Counselling. Save yourself the bother.',
    'Pathways Psychotherapy posting their favourite clichés again.',
    'Lakeside Counselling bragging about their reviews again.',
    // Dry sarcasm and backhanded praise.
    'New sign outside Fernbank Counselling. Shame about the service behind it.',
    'Ashgrove Psychotherapy calling a weekend course "advanced training" is doing a lot of heavy lifting.',
    'Nothing says "we value you" like Kingsway Counselling taking three weeks to reply.',
    'Honestly, Redbrook Therapy has the charisma of a wet Tuesday.',
  ])('hears scorn in plain words: %s', (text) => {
    expect(verdictOf(text)).toBe('stop');
  });

  it.each([
    'Not bragging, but we loved co-hosting the grief cafe with Kestrel Counselling this week!',
    'Shout out to Kingsway Counselling for lending us chairs. Shame about the rain, but what a turnout!',
    'Fernbank Counselling went for a rather brave bright orange sign. We love it!',
    'Nothing says spring like the tulips outside Lakeside Counselling. Lovely to pop in and see the team.',
    'Congratulations to Harbour Counselling on their accreditation, it really inspires confidence.',
  ])('but not where the words around them are warm: %s', (text) => {
    expect(verdictOf(text)).toBe('caution');
  });
});

describe("the learned detector's competitor reading", () => {
  // The policy's own sector words, as the checker passes them.
  const { lexicons } = loadZrtherapy().document;
  const organisation: OrganisationFacts = { names: ['zrtherapy', 'zrt'], ownDomains: ['zrtherapy.co.uk'], lexicon: (name) => (lexicons[name] ?? []).map((entry) => entry.toLowerCase()) };
  const contextOf = (text: string) => ({ text: foldText(text), account: 'company' as const, organisation });
  const whole = (text: string): [number, number] => [0, text.length];

  it('is contradicted where the passage names a professional or public body and no rival', () => {
    const text = 'The British Journal of Psychotherapy has a piece on loneliness this month.';
    expect(contradictsLearnedMention(contextOf(text), whole(text))).toBe(true);
  });

  it('stands where a rival is named, or nobody is', () => {
    const rival = 'The British Journal of Psychotherapy quoted Riverside Counselling this month.';
    const nobody = 'Another practice opened on the high street this month.';
    expect(contradictsLearnedMention(contextOf(rival), whole(rival))).toBe(false);
    expect(contradictsLearnedMention(contextOf(nobody), whole(nobody))).toBe(false);
  });
});
