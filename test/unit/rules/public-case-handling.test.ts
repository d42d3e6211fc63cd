import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text, account: 'company' }).findings.filter((finding) => finding.detector === 'public-case-handling');

const LONG_REPLY =
  "@Sunita_K It's a bit complicated, honestly! If you booked the six-session bundle, unused sessions can usually move to next term, " +
  'but only if you let us know before the block ends. If your employer paid, it depends on whether their scheme allows transfers, ' +
  "and if you've switched therapists part-way through, the price per session may differ, unless the switch was our decision.";

describe('public-case-handling', () => {
  it.each([
    ['Sorry about this! Could you post a screenshot of the invoice here so we can check what went wrong?', 'post a screenshot of the invoice here'],
    ['Let us know your booking reference in the comments and we will look into it.', 'Let us know your booking reference in the comments'],
    ['Reply with your card details and the date of the session and we will refund you.', 'Reply with your'],
    ['So sorry, Dev. We will sort it out for you here in the thread today.', 'sort it out for you here'],
    ['Sorry Nadia! Could you screenshot the payment confirmation and post it in the replies?', 'post it in the replies'],
    ['Everyone affected: reply to this post with your booking reference.', 'reply to this post with your'],
    ['@pat_w So sorry! Which therapist did you see, and what time was the session? Reply here and we will look into it.', 'Reply here'],
    [LONG_REPLY, "It's a bit complicated"],
    [
      'Hi Rob, so if you paid for a block and cancel now, the refund is pro rata, unless you are inside the 48-hour window, in which case that session is charged. If your insurer paid, it goes back to them, otherwise it comes to you, and if you used a discount code the price per session changes too.',
      'if',
    ],
  ])('cautions: %s', (text, cue) => {
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toContain('advice.complex-queries-elsewhere');
    expect(findings.some((finding) => text.slice(...finding.span) === cue)).toBe(true);
  });

  it('is a caution, not a stop, on its own', () => {
    expect(checker.check({ text: 'So sorry, Dev. We will sort it out for you here in the thread today.' }).verdict).toBe('caution');
  });

  it.each([
    'Sorry to hear the session did not go as planned. Please email us so we can look into it properly.',
    'Got a question about fees? Drop us an email or call us and we will talk it through.',
    'Share your favourite self-care tip below! We would love to hear what helps you.',
    "It's a bit complicated to explain in a post, so give us a ring and we'll go through your options.",
    'Leave us a review below if you enjoyed the workshop!',
    "Hi Ana, good question. If you feel low most days, or if it affects your sleep, it is worth seeing your GP. Whether or not you then come to us, they can talk through what is available, and if you want private support we are here. Otherwise, many areas let you self-refer to talking therapies.",
    "Please don't post your address or booking details in the comments, we'll ring you instead.",
    'So many bookings this week, thank you! Share your favourite self-care tip below.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describeOtherWordings({
  checker,
  detector: 'public-case-handling',
  clause: 'advice.complex-queries-elsewhere',
  verdict: 'caution',
  account: 'company',
  flags: [
    [
      "Thanks for letting us know the link didn't work. Can you tell us in this thread which device and browser you were using?",
      "tell us in this thread"
    ],
    [
      "Hi Sam, so sorry the voucher didn't work. Post a photo of it in the comments and we'll fix it here.",
      "Post a photo of it in the comments"
    ],
    [
      "Let's get to the bottom of this here - when did you book, and what did the confirmation email say?",
      "get to the bottom of this here"
    ],
    [
      "Sorry for the confusion! What was the exact amount you were charged? Reply and we'll go through it.",
      "Reply and we'll"
    ],
    [
      "Really sorry about the mix-up. Which date did you pay for, and how much was taken?",
      "Which date did"
    ],
    [
      "So sorry! Can you pop your booking number and the card you used in the replies so we can chase it?",
      "in the replies"
    ]
  ],
  passes: [
    "Sorry to hear that. Please email us with your details and we'll look into it.",
    "Tell us below: what's your favourite way to unwind after a long day?",
    "Drop a 💚 below if you've ever felt nervous before a first session.",
    "Please don't share personal details in the comments - DM us or call the practice instead.",
    "Which day works best for our next workshop? Vote in the replies!",
    "Sorry you missed the workshop! The slides are on our website."
  ],
});

describe('public-case-handling: a reply that takes up the person’s own case', () => {
  it.each([
    ['@tomasz_b From what you’ve told us, this sounds like it could be social anxiety rather than shyness. Does it get worse at work?', 'sounds like it could be social anxiety'],
    ['Hi Leah, sorry things are so hard. Waking at 4am every day could well be depression, and that is worth taking seriously.', 'could well be depression'],
    ['Thanks for sharing your story. The nightmares and the jumpiness you describe are textbook signs of PTSD.', 'textbook signs of PTSD'],
    ['You describe the dread before every shift really clearly. Has anything changed at work since the spring?', 'You describe'],
    ['Hi Chris! Our receipts list the assessment and the six sessions separately. Which of the charges looked off to you?', 'Which of the charges looked'],
    ['Subject access requests take up to a month. Where has your request got stuck?', 'Where has your request got stuck'],
    ['So sorry to read this, Ellie. How long has this been going on?', 'How long has this been going on'],
    ['Thanks for your enquiry about team wellbeing days. What budget are you working to for the year?', 'What budget'],
    ['Hi Mo, we’re sorry the first match didn’t feel right. Happy to talk it through here if you like.', 'talk it through here'],
    ['Morning Priya! How long has this been going on? It sounds like burnout to me.', 'sounds like burnout'],
    ['Cheers for the message Tom, from what you say it sounds like OCD. Does it come and go?', 'sounds like OCD'],
  ])('cautions: %s', (text, cue) => {
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toContain('advice.complex-queries-elsewhere');
    expect(findings.some((finding) => text.slice(...finding.span) === cue)).toBe(true);
  });

  it.each([
    // General information posted to everyone, not a reply to someone's own case.
    'Panic attacks can feel like a heart attack. If it sounds like panic disorder to you, have a chat with your GP.',
    'Low mood that lasts more than two weeks could be depression: your GP is a good first step.',
    // The case moved to a private channel.
    'Hi Ben, from what you’ve written this sounds like health anxiety, which we help with a lot. Please DM us so we can talk properly.',
    'So sorry to hear this. How long has it been going on? Please give us a ring on the practice number and we can talk it through.',
    // Posts to everyone: a greeting to a crowd, a Q&A, a survey's results.
    'Hi everyone! Feeling flat and tired all the time? It may be burnout, and our new blog post explains the signs.',
    'Great question from our Instagram Q&A: how do you know if it could be burnout? Our blog has a checklist.',
    'How long has it been going on, that nagging feeling that something is wrong? Our blog explains the signs.',
    'From what you’ve told us in our annual survey, evenings suit most of you. What else would help?',
    // Engagement with a crowd, not a case.
    'Which session did you enjoy most at the open day? Tell us in the comments!',
    'Which session at the open day are you most looking forward to? Tell us in the comments!',
    'How long have you been following us? Thanks for sticking around 💚',
    'Thanks for sharing our post! The course starts in March.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});
