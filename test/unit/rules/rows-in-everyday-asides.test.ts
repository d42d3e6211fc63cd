import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

/**
 * Stop and caution rows said as an aside in an everyday post, in wordings two fresh held-out sets
 * found missed: swearing spelled with a 4, a colleague back "after the miscarriage", a changed
 * login's "new one", grant money skimmed, a taunting reply, "we'll 100%", a baggie offered by
 * DM, a borrowed blue badge, a name and phone number asked for with someone's story, an actress
 * reduced to her body, an owner's secret let slip, and "ullu" for a fool. And the false alarms
 * they found: a team's defending "criminal", "therapy is a scam" quoted, and figures the draft
 * says are published on the practice's own site. Each with near misses in the same words.
 */
const checker = zrtherapyChecker();

describeOtherWordings({
  checker,
  detector: 'profanity',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [
    ['School run done, now so f4cking tired I could sleep in the car.', 'f4cking'],
    ['Sunday plans: sofa, soup, #f4ck1ngfreezing', 'f4ck1ngfreezing'],
    ['Facking hell, the printer jammed again.', 'Facking'],
  ],
  passes: ['Congratulations to Mr Fack on thirty years at the bakery.', 'The Fack family reunion is on Sunday in the park.'],
});

describeOtherWordings({
  checker,
  detector: 'personal-data',
  clause: 'security.data-protection',
  verdict: 'stop',
  flags: [['So good to have our bookkeeper Lena back with us after the stillbirth in spring. We love you.', 'after the stillbirth']],
  passes: [
    'Our volunteer Jim campaigned for years after the miscarriage of justice in his town.',
    'Since the heart attack awareness stall went up, Priya has raised £300.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'credential',
  clause: 'security.strong-passwords',
  verdict: 'stop',
  flags: [['Great quiz night! PS team: the Facebook password was changed at lunch, new one is Willow!88 for now.', 'Willow!88']],
  passes: ['The booking page changed over the weekend. The new one is much quicker, have a look.', 'Our password rules were updated; the new one is on the staff intranet.'],
});

describeOtherWordings({
  checker,
  detector: 'defamation',
  clause: 'safe.defamation',
  verdict: 'stop',
  flags: [['Lovely fete, shame our treasurer Derek Hale has been skimming the raffle money for years.', 'skimming the raffle money']],
  passes: [
    'Derek Hale skimmed the grant guidance before the meeting and found the deadline.',
    "Harrogate Town's defending on Saturday was criminal. Two own goals!",
    'My uncle Dev reckons therapy is a scam. Love him anyway.',
  ],
});

describe('defamation: a rival called a scam is still flagged beside the new guards', () => {
  it('flags a named practice called a scam', () => {
    expect(checker.check({ text: 'Oakfield Counselling is a scam, avoid.' }).findings.map((finding) => finding.detector)).toContain('defamation');
  });
});

describeOtherWordings({
  checker,
  detector: 'defensive-reply',
  clause: 'advice.dont-escalate',
  verdict: 'caution',
  flags: [
    ['Replying to the gentleman who called CBT a fad: you clearly haven\'t read the research, so perhaps read it before lecturing us all.', 'before lecturing'],
    ['@tomb89 so explain the waiting lists away then? Go on, I\'ll wait.', "Go on, I'll wait"],
  ],
  passes: ['Replying to @amy: just to clarify, the car park is free after six.', 'Bedtime standoff: go on then, brush your teeth, and I will wait here.'],
});

describeOtherWordings({
  checker,
  detector: 'promise',
  clause: 'advice.no-unchecked-promises',
  verdict: 'caution',
  flags: [
    ["Ramp news: we'll 100% have it fixed by Monday, no excuses.", "we'll 100%"],
    ['Every family who visits our stand today is assured a free first session.', 'assured a free'],
  ],
  passes: ["We're 100% behind the new crossing by the school.", 'Rest of the week looks assuredly sunny for the fun run.'],
});

describeOtherWordings({
  checker,
  detector: 'harmful-promotion',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [
    ['Good crop this year 🌱 message me if you fancy a baggie', 'baggie'],
    ["Forget the sleep app, skunk's the best thing for insomnia, trust me.", "skunk's the best"],
  ],
  passes: ['Grab a baggie for your dog at the gate, bins are by the stile.', 'The skunk at the wildlife park was the star of the day.'],
});

describeOtherWordings({
  checker,
  detector: 'illegal-activity',
  clause: 'safe.illegal-activity',
  verdict: 'stop',
  flags: [['Anyone able to lend us a blue badge for the wedding on Saturday? The car park is miles away.', 'blue badge']],
  passes: ['Blue badge holders can use the two bays by our front door.', 'Lost: a blue badge holder on a lanyard, near the Co-op.'],
});

describeOtherWordings({
  checker,
  detector: 'sensitive-details-request',
  clause: 'security.phishing',
  verdict: 'stop',
  flags: [["Tough week? Comment with your name, mobile number and what's been happening and a therapist will ring you.", 'mobile number']],
  passes: ['Raffle tonight! Reply with your name and phone number to enter the draw.'],
});

describeOtherWordings({
  checker,
  detector: 'offensive-phrases',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [['Great gig, shame the new singer only got hired for her legs.', 'only got hired for her legs']],
  passes: ['He only got the job because of his references, fair play to him.'],
});

describeOtherWordings({
  checker,
  detector: 'third-party-leak',
  clause: 'security.third-party-confidential',
  verdict: 'stop',
  flags: [['Brunch at the deli on Kirkgate, and their manager let slip they are closing the second branch in March.', 'manager let slip']],
  passes: ['The owner let slip her secret is extra butter in the pastry 😂'],
});

describeOtherWordings({
  checker,
  detector: 'insult-or-threat',
  clause: 'safe.harassment',
  verdict: 'stop',
  flags: [['@sam_k honestly mate, you absolute ullu, read the thread first', 'ullu']],
  passes: ['Ullu the barn owl at the sanctuary is twelve today!'],
});

describe('business-figures: figures the draft says are on the practice own site', () => {
  it.each([
    'Our annual review is out: 1,200 sessions delivered last year. The full review is on our website.',
    'By the numbers: 5 rooms, 3 therapists, 1 office cat and no waiting list this month. More at zrtherapy.co.uk.',
  ])('passes: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('ok');
  });

  it('still flags figures kept between us beside a published report', () => {
    const result = checker.check({ text: 'Our annual review is on our website. Between us, we saw 380 clients this quarter and lost money.' });
    expect(result.findings.map((finding) => finding.detector)).toContain('business-figures');
  });
});
