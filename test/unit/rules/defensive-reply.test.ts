import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text, account: 'company' }).findings.filter((finding) => finding.detector === 'defensive-reply');

describe('defensive-reply', () => {
  it.each([
    ['That simply isn\'t true and you know it. Our fees are on the website.', "That simply isn't true"],
    ["Sorry, but you're wrong about this. Do your research before commenting.", "you're wrong"],
    ['For the record, we followed every guideline. We will not be commenting further.', 'For the record'],
    ["Let's be clear: we have never overcharged anyone, and this review is totally misleading.", "Let's be clear"],
    ['We stand by our decision and we won\'t be apologising for it.', "won't be apologising"],
    ['Actually, we do offer evening sessions, as anyone who bothered to check our website would know.', 'anyone who bothered'],
    ["That's a huge generalisation about therapists, and an unfair one.", "That's a huge generalisation"],
    ['We strongly disagree with this review. The team were nothing but kind.', 'We strongly disagree'],
    ['Funny how this only came up after the invoice arrived.', 'Funny how this only'],
    ['Respectfully, that is not what happened. We offered to rebook you twice.', 'not what happened'],
    ["Actually, the research is clear, so you're simply mistaken.", "you're simply mistaken"],
    ['Sorry, but that is just factually incorrect.', 'that is just factually incorrect'],
    ["With the greatest respect, you don't know what you're talking about.", 'With the greatest respect'],
    ["We're not going to apologise for applying our policy.", 'not going to apologise'],
    ['We have nothing to apologise for here.', 'nothing to apologise for'],
    ['Your review is full of inaccuracies, and we would ask you to remove it.', 'full of inaccuracies'],
    ['Sad that you posted this without speaking to us first.', 'without speaking to us'],
    ['We take exception to this review, which is not a fair reflection of our work.', 'take exception'],
    ["Clearly you didn't read the booking terms before complaining.", "Clearly you didn't"],
    ['You keep posting this, and it isn’t true.', 'it isn’t true'],
  ])('cautions: %s', (text, cue) => {
    expect(checker.check({ text, account: 'company' }).verdict).toBe('caution');
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toContain('advice.dont-escalate');
    expect(findings.some((finding) => text.slice(...finding.span) === cue)).toBe(true);
  });

  it.each([
    "We're really sorry you had that experience. Please call us so we can put it right.",
    'Thanks for the feedback, we have passed it on to the team and we will be in touch by email.',
    "It's a myth that therapy is only for people in crisis, and we see people for all kinds of reasons.",
    'In future, our Friday sessions will start at 9am rather than 10am.',
    'Thinking of training as a counsellor? Do your research on courses first.',
    'We disagree with the idea that you have to hit rock bottom before asking for help.',
    'Always check the facts before sharing health news online.',
    "Think you have to be in crisis to have therapy? That's not true. Anyone can come.",
    "It's funny how the smallest routines help the most.",
    "The group didn't happen last week because of the snow, so we've added a date.",
    'For the record, our Christmas hours are on the website.',
    'Try reading a few pages before bed to help you switch off.',
    'Please read the terms before booking your first session.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describeOtherWordings({
  checker,
  detector: 'defensive-reply',
  clause: 'advice.dont-escalate',
  verdict: 'caution',
  account: 'company',
  flags: [
    [
      "We're sorry you feel that way, but this review doesn't reflect what actually happened.",
      "this review doesn't reflect what"
    ],
    [
      "This isn't a fair account of your sessions and we're confident our team acted properly.",
      "This isn't a fair account"
    ],
    [
      "We've checked our records and your version of events simply doesn't add up.",
      "doesn't add up"
    ],
    [
      "Respectfully, we don't agree with a word of this review.",
      "we don't agree"
    ],
    [
      "Just to correct a few points in this comment: we never charged you twice.",
      "correct a few points"
    ],
    [
      "We find it odd that this review appeared two months after your last session.",
      "find it odd"
    ],
    [
      "With respect, this review is simply not accurate and we stand by our team.",
      "review is simply not accurate"
    ],
    [
      "We think it's a little unfair to judge our whole practice on one cancelled session.",
      "it's a little unfair to judge"
    ],
    [
      "That's not quite how it happened, as our emails to you show.",
      "not quite how it happened"
    ],
    [
      "Respectfully, you are misremembering our conversation.",
      "you are misremembering"
    ]
  ],
  passes: [
    "Thank you for your feedback. We're sorry your experience wasn't what you hoped - please call us so we can talk it through.",
    "We really appreciate you taking the time to leave a review - thank you!",
    "We hear you, and we'd like to put this right. Could you email us?",
    "We respect every client's right to give feedback, good or bad.",
    "With respect to your question about fees, our price list is on the website.",
    "That's exactly how it happened - what a lovely day it was!"
  ],
});

describe('defensive-reply: rebuttals dressed as apologies, and pointing critics at the small print', () => {
  const checker = zrtherapyChecker();
  const cites = (text: string) => checker.check({ text, account: 'company' }).findings.some((finding) => finding.clause === 'advice.dont-escalate');
  it.each([
    "Sorry you feel that way, but the cancellation fee is clearly set out when you book.",
    "We're disappointed that you chose to air this here instead of calling us.",
    "If you'd checked the booking page you'd know evening slots cost more.",
    "In eight years we've never had a complaint about this, so we're puzzled by your review.",
    "Just to clarify for anyone reading this thread, the session was moved at the client's own request.",
  ])('cautions: %s', (text) => expect(cites(text)).toBe(true));
  it.each([
    "We're so sorry you feel that way. Please call us on the practice number so we can put it right.",
    "Just to clarify our opening hours over Easter: we're closed Friday and Monday.",
    "Our evening prices are clearly listed on the fees page, and concessions are available.",
  ])('passes: %s', (text) => expect(cites(text)).toBe(false));
});
