import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'promise');

describe('promise', () => {
  it.each([
    ["We guarantee you'll feel calmer after just one session!", 'guarantee'],
    ['Book now and I promise you will notice a difference in a week.', 'I promise'],
    ['Our method will fix your sleep for good, with a money-back offer.', 'fix your sleep for good'],
    ["Don't worry, we'll definitely have a slot for you next Tuesday.", "we'll definitely"],
    ['Join the course and you WILL feel more confident by the end.', 'you WILL'],
    ['We reply to every enquiry within 30 minutes, 24/7.', 'reply to every'],
    ['Results guaranteed or your next session is free.', 'guaranteed'],
    ['Message us today and we will get back to you within the hour.', 'get back to you within the hour'],
    ['Whatever happens, we will always have a space for you on Fridays.', 'will always have'],
    ['Honestly, this breathing trick works every time.', 'works every time'],
    ['Four sessions and your insomnia will be a thing of the past.', 'insomnia will be a thing of the past'],
    ['Your first appointment will definitely be this week.', 'will definitely'],
    ["You'll be matched with a counsellor within 24 hours.", 'matched with a counsellor within 24 hours'],
    ["Book with us and we won't let you down.", "won't let you down"],
    ["I'll be here for every one of you, any time, day or night.", 'day or night'],
    ['Send us a message and we will make sure you are seen this week.', 'we will make sure you are'],
    ["Sign up and you'll never have a sleepless night again.", "you'll never have"],
    ["Leave it with me, I'll get you seen before the holidays.", "I'll get you seen"],
    ['Bring a friend to the taster evening, you will love it, promise!', 'promise'],
  ])('cautions: %s', (text, cue) => {
    const result = checker.check({ text });
    expect(result.verdict).toBe('caution');
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toContain('advice.no-unchecked-promises');
    expect(findings.some((finding) => text.slice(...finding.span) === cue)).toBe(true);
  });

  it.each([
    'This young trainee shows real promise, so proud of her progress.',
    'Make a promise to yourself this week: one evening with no screens.',
    "No therapist can guarantee results, and anyone who says otherwise isn't being straight with you.",
    "Need to talk at 3am? Shout's text line is open 24/7, and it costs nothing.",
    'New to therapy? A free 15-minute call lets you ask questions before committing to anything.',
    'A promising new study on sleep and anxiety came out this week.',
    'Guarantee yourself one quiet hour this weekend.',
    'No single approach works for everyone, so we tailor sessions to you.',
    'Nothing is guaranteed, but a short walk often helps.',
    'It will definitely rain on Saturday, so the walk-and-talk group meets indoors.',
    'If you are struggling tonight, the Samaritans answer the phone any time of day or night.',
    'We try to reply to every message within a day or two.',
    'Keeping a promise to yourself counts too. I made a promise.',
    'Complaints are acknowledged within five working days of receipt.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describeOtherWordings({
  checker,
  detector: 'promise',
  clause: 'advice.no-unchecked-promises',
  verdict: 'caution',
  flags: [
    [
      "We will get back to every single enquiry by the end of the day.",
      "get back to every"
    ],
    [
      "Every new client will be seen within a week - that's our commitment to you.",
      "Every new client will be seen"
    ],
    [
      "You'll walk out of your first session feeling lighter.",
      "You'll walk out of your first session feeling lighter"
    ],
    [
      "Our approach works for 100% of clients.",
      "100% of clients"
    ],
    [
      "I swear we'll have the new evening sessions running by March.",
      "I swear"
    ],
    [
      "Rest assured, you will never have to wait more than a day for a reply.",
      "Rest assured"
    ],
    [
      "Join our six-week course and say goodbye to anxiety forever.",
      "say goodbye to anxiety forever"
    ],
    [
      "Every enquiry gets a reply from a therapist the same day.",
      "reply from a therapist the same day"
    ],
    [
      "Hand on heart, you'll be seen before Christmas.",
      "Hand on heart"
    ]
  ],
  passes: [
    "Making a promise to yourself to rest more this month? Good for you.",
    "Our trainee shows real promise - we're so proud of her.",
    "We aim to reply to messages within two working days.",
    "Forecast says it will definitely rain on Saturday, so bring a brolly to the walk.",
    "No therapist can guarantee results, and you should be wary of anyone who does.",
    "We will be closed on Monday for the bank holiday."
  ],
});
