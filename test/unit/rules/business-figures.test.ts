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
    'Exciting times: the practice is being bought out by a national chain (can\'t name which one just yet).',
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

describe('business-figures: other wordings', () => {
  it.each([
    // Campaigns and offers not yet announced, with no "our" in sight.
    'Spring promo goes live on 3 March: 20% off first sessions. Keep it quiet till then!',
    'Shh 🤫 the new TikTok ads start next week, do not share yet',
    'New Facebook campaign aimed at students drops on the 1st. Not public yet so no reposting.',
    'january offer launches on the 2nd - 3 sessions for £150 - under wraps till then pls',
    'Heads up, the couples package price drop hasn’t been announced yet.',
    // The owner's plans, teased.
    'Not supposed to say anything yet, but the boss is looking at taking over the practice next door 🤐',
    'I shouldn’t be telling you this but Dr Amal is planning to open a Saturday clinic in Ipswich.',
    'Can’t say much yet but our director wants to drop the low-cost sessions next year.',
    'Between us, the owner is planning to sell the practice in the summer.',
    // Period figures without "our".
    'Q1 figures: enquiries down 25% and income down nearly £3,000. Not great.',
    'Last quarter in numbers — bookings up 40%, revenue up £12k 🚀',
    'rough month tbh, referrals dropped 30% and takings fell by £2k',
    'Half-year update: new clients up 15%, turnover up £9,500',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.confidential-information');
  });

  it.each([
    'Our new Instagram campaign is live! Follow us for daily wellbeing tips.',
    'Keep it under wraps: we are throwing Sue a surprise leaving party on Friday!',
    'Big news coming soon — watch this space!',
    'Can’t say too much about the plot but the new series is brilliant, planning a binge this weekend!',
    'NHS referrals for talking therapies are up 20% nationally, says a new report.',
    'Anxiety referrals among students rose 30% last year, according to the ONS.',
    'I made £3,000 this month from home! Join my team and be your own boss 💸',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('business-figures: amounts with k and m', () => {
  it.each([
    'Income was down £6k in October, gutted',
    'takings up £1.2m on last year, unreal',
    'Our turnover this year is £212k, up from £180k',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.confidential-information');
  });
});

describe('business-figures: counts since a date', () => {
  it.each(['94 new clients since January, smashing it 💪', 'we hit £10k in bookings this month!!'])('stops: %s', (text) => {
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.confidential-information');
  });
});

describe('business-figures: k without a currency sign, secrets of our own', () => {
  it.each([
    'we made 42k profit last year which honestly shocked me',
    'Don’t tell anyone but our January prices are dropping to £55',
    'Sneak peek at our new logo — launch isn’t until March so please keep it to yourselves!',
  ])('stops: %s', (text) => {
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.confidential-information');
  });

  it.each([
    'Between sessions, try journalling for five minutes a day.',
    'It’s no secret that we love a good cup of tea at the practice ☕',
    'Our prices haven’t changed in three years and we are proud of that.',
    'Can’t say enough good things about our new receptionist!',
    'Our waiting list is currently closed; we will post when it reopens.',
    'Last year we welcomed new therapists and moved into bigger rooms. Thank you for your support!',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe("the practice's client numbers as a rate or a loss", () => {
  it.each([
    "Busy times! We're now getting about 35 new referrals a week.",
    'Honestly we have lost a dozen clients to the new app this spring.',
  ])('stops: %s', (text) => {
    expect(findingsOf(text).length).toBeGreaterThan(0);
  });

  it.each([
    "We're seeing 2 sessions a week as the usual starting point.",
    "Oops, we lost two clients' umbrellas in the move, come and claim them!",
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});
