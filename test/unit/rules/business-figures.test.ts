import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text, account: 'company' }).findings.filter((finding) => finding.detector === 'business-figures');

describe('business-figures', () => {
  it.each([
    'Record month! We booked 340 sessions in March and turned over £27,500 🎉',
    'Not for sharing yet, but from January our couples sessions are going up to £110.',
    'Sneak peek: we are quietly planning to open a second practice in Chelmsford next year — nothing’s official yet!',
    'We currently have 58 active clients and a waiting list of 30. Busy times!',
    'Our turnover for the year came to £140k, up 20% on last year.',
    'Our referrals have doubled since the GP surgery started recommending us.',
    'Quarter two figures are in: 275 sessions delivered and bookings up 12%.',
    'We turned over nearly half a million this year, not bad for two rooms!',
    'February was our busiest month ever: 580 appointments and 70 new referrals.',
    'Our Q3 revenue hit $64k — best quarter since we opened.',
    'Our waiting list has grown to 73 people this winter.',
    'We are in talks to buy out a practice in Braintree. Can\'t say more until it is signed!',
    'Keep this under wraps, but our strategy is to stop offering low-cost places and focus on corporate work.',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.confidential-information');
  });

  it('points at the figure', () => {
    const text = 'So far this year we have seen 412 new clients — thank you!';
    const [finding] = findingsOf(text);
    expect(finding && text.slice(...finding.span)).toBe('412 new clients');
  });

  it.each([
    'Sessions cost £70 (50 minutes). Concessions are available for students.',
    'Book a block of 6 sessions this month and save £30!',
    'This year we are running four workshops — the first is on 12 May, £25.',
    'Our new fees from April: £70 per session, £95 for couples.',
    'Everything you share in your sessions is confidential.',
    'Your insurer may cover up to 8 sessions this year, depending on your policy.',
    'We currently have 2 sessions available on Monday evenings, message us to book.',
    "Can't say more yet, but we're teaming up with Colchester Library for something special!",
    "Whatever you share with our therapists, it's confidential — always.",
    'Our busiest ever workshop! Thank you to all 40 of you who came along.',
    'Half a million people in the UK are waiting for mental health treatment.',
    'Our bake sale raised £320 for Mind this year — thank you all!',
    'If your household income is under £20,000 you can ask for a reduced fee.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});
