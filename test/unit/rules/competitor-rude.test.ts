import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'competitor-rude');

describe('competitor-rude', () => {
  it.each([
    ['Has anyone seen the new Bloom Psychotherapy leaflets? 🙄 Comic Sans in 2025, bless them.', 'Bloom Psychotherapy'],
    ['Meadow Clinic are doing ice-bath therapy now 😂😂', 'Meadow Clinic'],
    ["The Haven Clinic's website is a joke. No wonder nobody books with them.", 'The Haven Clinic'],
    ['Riverbank Therapy charging £120 a session? Good luck with that.', 'Riverbank Therapy'],
    ["I'd never refer anyone to Hillside Psychotherapy, honestly.", 'Hillside Psychotherapy'],
    ['Tried Oakham Counselling once. Never again.', 'Oakham Counselling'],
    ["Kingsmead Therapy's 'sound healing' is a glorified nap.", 'Kingsmead Therapy'],
  ])('stops: %s', (text, name) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toEqual(['safe.competitors']);
    expect(text.slice(...findings[0]!.span)).toContain(name.replace(/^The /u, ''));
  });

  it.each([
    ['Some local therapists are an absolute joke 🙄', 'Some local therapists are an absolute joke 🙄'],
    ['The clinic down the road are cowboys, honestly.', 'The clinic down the road are cowboys'],
  ])('stops on scorn for unnamed competitors: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toEqual(['safe.competitors']);
    expect(text.slice(...findings[0]!.span)).toBe(cue);
  });

  it.each([
    'Some therapists are rubbish at self-care, me included 😂',
    'Other therapists might disagree, but I love a good worksheet.',
    'Congratulations to Harbourside Counselling on ten years in Ipswich! 🎉',
    'Brilliant evening with the Essex Therapists Network, so lovely to catch up with everyone 😂',
    'Our team had a terrible time at the pub quiz last night but a brilliant time anyway 😂',
    'Congratulations to Linden Counselling on their lovely new rooms! Ours were terrible before the refit 😂',
    'We are proud members of the UKCP and follow its ethical framework.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describeOtherWordings({
  checker,
  detector: 'competitor-rude',
  clause: 'safe.competitors',
  verdict: 'stop',
  flags: [
    [
      "Talkspace counsellors are basically glorified chat operators. Come see a real human.",
      "Talkspace"
    ],
    [
      "MindNest counsellors are just students on minimum wage, let's be real.",
      "MindNest"
    ],
    [
      "Those cut-price online therapy apps are a joke. You get what you pay for.",
      "online therapy apps"
    ],
    [
      "Imagine paying for therapy from an app where your 'therapist' replies once a day 😂",
      "'therapist'"
    ],
    [
      "Online platforms like Cerebral are fast food therapy: cheap, quick and bad for you.",
      "Cerebral"
    ],
    [
      "Sunrise Wellbeing's workshops are about as useful as a chocolate teapot.",
      "Sunrise Wellbeing"
    ],
    [
      "No offence to Oakwood Counselling but their therapists seem to have trained over a weekend.",
      "Oakwood Counselling"
    ],
    [
      "Seen Riverbank Therapy's new logo? Looks like it was drawn in MS Paint.",
      "Riverbank Therapy"
    ],
    [
      "The clinic down the road charges double and their 'therapists' are barely qualified.",
      "clinic down the road"
    ],
    [
      "Willowbank Counselling couldn't help a cat out of a tree 😂",
      "Willowbank Counselling"
    ],
    [
      "Headway counsellors are basically call-centre staff with a certificate.",
      "Headway"
    ],
    [
      "Honestly, apps like Mendly are nothing more than a diary with a price tag.",
      "Mendly"
    ]
  ],
  passes: [
    "Congratulations to Oakwood Counselling on opening their second branch!",
    "Our therapists are all registered with the BACP.",
    "Our old rooms were terrible, so we're thrilled with the refurb!",
    "Leeds therapists: our CPD evening on grief is open for bookings.",
    "Zoom sessions can be just as effective as meeting in person.",
    "Jungian therapists often work with dreams; we take a different approach."
  ],
});

describe('sarcasm aimed at a competitor', () => {
  it.each([
    'Oh sweetie, a two-day course at Brightwater Counselling does not make you a therapist 😘',
    'Nice try, Meadowbank Therapy. Enough said.',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
  });
});
