import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

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

describeOtherWordings({
  checker,
  detector: 'disparages-organisation',
  clause: 'safe.reputation',
  verdict: 'stop',
  flags: [
    [
      "Not gonna lie, ZRTherapy's admin is held together with sellotape and prayers.",
      "held together with"
    ],
    [
      "Worst quarter we've ever had. Cancellations everywhere and the phones never stop.",
      "Worst quarter we've"
    ],
    [
      "Bookings are down 30% at the practice this quarter and we lost two counsellors.",
      "Bookings are down"
    ],
    [
      "Working at ZRT = chaos. Nobody knows what anyone else is doing.",
      "= chaos"
    ],
    [
      "Love my job but ZRTherapy's management couldn't plan a picnic.",
      "couldn't plan"
    ],
    [
      "Our online sessions keep freezing and, honestly, I'm not sure they help anyone.",
      "keep freezing"
    ],
    [
      "Another month of losing money at the practice. No idea how we're still open tbh.",
      "losing money"
    ],
    [
      "Real talk: ZRTherapy has lost nearly half its clients this year.",
      "lost nearly half its clients"
    ],
    [
      "Honestly the practice is so badly run I'm embarrassed to work here.",
      "badly run"
    ]
  ],
  passes: [
    "Sorry our phones were down this morning - all fixed now, thanks for your patience.",
    "Life can feel like a mess sometimes. We're here when you're ready.",
    "Our old website was clunky, so we've built a new one - have a look!",
    "January is often the worst month for loneliness. We're here if you need us.",
    "Had a terrible night's sleep, so extra coffee before my first session.",
    "Lost your appointment card? No problem, just give us a ring."
  ],
});

describe('the rooms and the team run down in passing', () => {
  it.each([
    'Love my job but our therapy rooms reek of damp and the whole team is stretched too thin.',
    'Between us, our office is mouldy and frankly a bit grotty.',
  ])('stops: %s', (text) => {
    expect(findingsOf(text).length).toBeGreaterThan(0);
  });

  it.each(['Feeling stretched too thin this winter? Our group can help.', 'A damp, grey morning for the charity walk, but we did it!'])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('idioms of incompetence', () => {
  it.each([
    ['Great quiz night! Pity our reception can’t answer a phone to save its life.', 'to save its life'],
    ['The management at my practice couldn’t run a piss-up in a brewery, but the clients are lovely.', 'piss-up in a brewery'],
  ])('stops: %s', (text, cue) => {
    expect(findingsOf(text).some((finding) => text.slice(...finding.span) === cue)).toBe(true);
  });

  it.each([
    'I can’t sing to save my life, but our choir fundraiser raised £400!',
    'Our kettle, bless it, couldn’t boil water to save its life. New one arrives Monday.',
    'Amateur hour at the pub quiz: we came last and loved every minute.',
    'Our team quiz night was pure amateur hour on the music round 😂',
    'First-aid refresher today: how the team can help paramedics to save their lives. Proud of everyone!',
    'Our team couldn’t bake to save our lives, but the coffee morning raised £350 for Macmillan.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('warm posts that borrow a put-down phrase', () => {
  it.each([
    'Our team is held together by tea, biscuits and a lot of kindness. Happy Friday!',
    "If we're not the right fit, it's completely ok to go somewhere else: here's how to find a registered therapist.",
    'Our kitchen reeks of cinnamon buns today, come and say hello.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('a booking system that double-books', () => {
  it('stops: our booking system double-books', () => {
    expect(findingsOf('Confession: our booking system double-books most Mondays, so phone us instead.').length).toBeGreaterThan(0);
  });
});

describe('disparages-organisation: said by one of the staff about where they work', () => {
  const detectorsOf = (text: string) => checker.check({ text, account: 'personal' }).findings.map((finding) => finding.detector);

  it.each([
    'Lovely weekend in the Dales. My practice is a total shambles this week though, pray for me.',
    'The consulting rooms at work are shabby: a dripping tap, a lamp that flickers and a rug from 1990.',
    "Our therapists are running on fumes and we're all burnt out. Anyway, happy Monday!",
    'Back to my workplace tomorrow, the miserable dump of an office, yay.',
  ])('flags: %s', (text) => {
    expect(detectorsOf(text)).toContain('disparages-organisation');
  });

  it.each([
    'Partner offer: our stress course with the Yoga Loft, so you never feel burnt out again.',
    'Grim weather at work today, so bring a brolly to your session!',
    'Burnout is real: if you feel worn out at work, talk to someone you trust.',
    // Everyday idioms near "we" and "our".
    'Have you checked out our new sleep course yet? Booking opens Monday.',
    'Counting the minutes until our summer open day!',
    'Our founder used to be good at netball, apparently. Ask her about it.',
    'If you feel totally burnt out, our free guide to rest is a good place to start.',
    'Our Saturday stall was bedlam in the best way: over a hundred visitors!',
    'The weather at our outdoor workshop was grim, but twelve of you came anyway. Thank you!',
  ])('does not flag: %s', (text) => {
    expect(detectorsOf(text)).not.toContain('disparages-organisation');
  });
});
