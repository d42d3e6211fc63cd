import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'chain-or-spam');

describe('chain-or-spam', () => {
  it.each([
    ["Forward this to 12 people in the next hour or your wish won't come true", 'Forward this to 12 people'],
    ['Repost this on your wall and don\'t just like it. Only true friends will share.', "don't just like"],
    ['Join my team! I earn £3k a month working from home with this amazing opportunity. Message me for details', 'earn £3k a month working from home'],
    ['Put in £100 to the blessing loom, bring in 2 people, and receive £800', 'blessing loom'],
    ['As of tomorrow Meta will make all your photos public. I do not give Meta permission to use my content.', 'I do not give Meta'],
    ['Send this to 5 friends and you\'ll get good news tomorrow', 'Send this to 5 friends'],
    ["I turned £500 into £6,000 in three weeks with this crypto trading mentor! DM me 'PROFIT'", 'turned £500 into £6,000'],
    ['Fwd: Fwd: Fwd: read this before it gets deleted!!', 'Fwd: Fwd: Fwd:'],
    ['Type AMEN and share, or seven years of bad luck will follow you', 'Type AMEN'],
    ['Post this as your status for one hour to show you care about mental health', 'Post this as your status'],
    ["If you don't share this, you don't care about mental health.", "If you don't share this"],
    ['⚠️ Facebook is changing its rules tomorrow. Copy and paste this to your status to protect yourself!', 'Copy and paste this to your status'],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toContain('safe.spam');
    expect(findings.map((finding) => text.slice(...finding.span))).toContain(cue);
  });

  it.each([
    "Only 2 places left on Saturday's workshop — DM us to book!",
    'Share this with a friend who might need it today 💚',
    'Those "I do not give Facebook permission" posts are a hoax — don\'t bother copying them.',
    'If you found this useful, pass it on to someone who might need it.',
    "Join our team! We're hiring a receptionist, £24k a year. Apply at zrtherapy.co.uk/jobs",
    'Pay £25 for the workshop today and get £5 off your next session.',
    'Our weaving group meets Tuesdays; bring your own loom!',
    'Copy and paste this into your notes app as a reminder: breathe in for 4, out for 6.',
    'Join our online sessions from your sofa! Only 3 spots left this month.',
    'Join my team for the charity fun run 🏃‍♀️ DM me for details!',
    'Book from your phone in 30 seconds! Only 3 places left.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('chain-or-spam, more shapes', () => {
  it.each([
    "Don't accept a friend request from 'Dave Hackerman', he's a hacker! Tell all your contacts NOW",
    'Like and share this post to win a brand new iPhone 16 📱',
  ])('stops: %s', (text) => {
    expect(findingsOf(text).length).toBeGreaterThan(0);
  });

  it('passes a practice giveaway of a free session', () => {
    expect(findingsOf('Like and share to win a free taster session at the practice 🌿')).toEqual([]);
  });
});

describe('chain-or-spam: MLM recruitment and crypto doublers in other words', () => {
  const quoted = (text: string) => findingsOf(text).map((finding) => text.slice(...finding.span));
  it.each([
    ['Made £1,200 last month working around the school run 💕 Looking for 3 mums to join my team, DM me!', 'Made £1,200 last month'],
    ['Earned £500 this week just from my phone! You only need to sign up 4 people to get started', 'Earned £500 this week'],
    ['Want to earn extra from home? Recruit 2 friends and your starter kit is free 🙌 message me', 'Recruit 2 friends'],
    ['Bring in 3 friends and earn commission on everything they sell! Ask me how 😍', 'Bring in 3 friends'],
    ['My downline is growing so fast 🚀 who wants to earn extra this Christmas? Link in bio', 'downline'],
    ['Send 0.05 ETH and get 0.1 ETH back instantly!!', 'Send 0.05 ETH and get 0.1 ETH'],
    ['Bitcoin doubling event today only — double your BTC in 24 hours', 'Bitcoin doubling'],
    ['Giveaway: deposit $500 in crypto, receive $1000 back', 'deposit $500 in crypto, receive $1000'],
    ['Guaranteed 300% returns in 48 hours, DM me for the wallet address', 'Guaranteed 300% returns'],
    ['Forward this to everyone you know before midnight!!', 'Forward this to everyone you know'],
  ])('stops: %s', (text, cue) => {
    const result = checker.check({ text });
    expect(result.verdict).toBe('stop');
    expect(result.findings.map((finding) => finding.clause)).toContain('safe.spam');
    expect(quoted(text).some((span) => span.includes(cue))).toBe(true);
  });

  it.each([
    'Crypto scams often promise to double your bitcoin. Never send money to strangers online.',
    'We raised £3,000 for Mind at the bake sale this month, thank you!',
    "Join our team! We're recruiting two more therapists, DM us for the job pack.",
    'Please share this with everyone you know who is struggling, our helpline is free.',
    'Our team doubled in size this year and we could not be prouder.',
    'Working from home can blur boundaries. Here are three tips for switching off.',
    'Earn £35 an hour as a sessional counsellor: join our team, DM us for details.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('chain-or-spam: hoaxes, prayer chains, like-for-donation and recruitment wording', () => {
  it.each([
    ["Amen if you agree 🙏 share if you love your mum, ignore if you don't", 'Amen if you'],
    ['Facebook will start charging £4.99 a month from Monday unless you copy this message to your status', 'Facebook will start charging'],
    ["Hi hun! 💕 Have you ever thought about earning an income alongside your job? I've got a spot on my team!", 'ever thought about earning an income'],
    ['Message 10 friends this prayer and a miracle will happen tomorrow', 'Message 10 friends this'],
    ["Invest in my friend's crypto scheme, 20% a week guaranteed, DM for the link", '20% a week guaranteed'],
    ["Looking for 5 ambitious ladies who want to work from their phone 📱 DM me 'READY'", 'Looking for 5 ambitious ladies'],
    ['Every time this is shared, Bill Gates donates $1 to charity! Please share', 'Every time this is shared'],
    ['Copy this post to your status and see who really reads them', 'Copy this post to your status'],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toContain(cue);
  });

  it.each([
    'Share if you agree that mental health days should be normal at work 💚',
    'Amen to that! Great session at the conference today.',
    "Text 3 friends you haven't spoken to in a while today. Connection matters.",
    'Hun, it was lovely to see you at the workshop!',
    'Working around the school run? We offer evening sessions.',
    'Our savings account pays 4% a year interest, says the bank. Not financial advice!',
    "We're looking for 2 motivated people to join our admin team, paid role, apply via our website.",
    'We donate £1 to Mind for every session booked in May.',
    'Every time you share our posts it helps us reach more people, thank you!',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('chain-or-spam: ordinary asks to share, forward or join', () => {
  it.each([
    "Copy and paste this link into your browser if the button doesn't work: zrtherapy.co.uk/book",
    "Forward this email to your line manager if you'd like the workshop funded.",
    'Please pass this on to anyone who might benefit from our free drop-in.',
    "Tag a friend who'd enjoy our mindfulness walk on Saturday!",
    'Made £420 for Samaritans at our bake sale this week from home-made cakes!',
    'Financial stress affects mental health. Our money worries group meets Thursday.',
    'Ever thought about training as a counsellor? Our open evening is on 5 May.',
    "Join our team: we're recruiting a part-time receptionist, £12/hr.",
    'Our office is on the ground floor, with step-free access.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('chain-or-spam: threats, hoaxes and recruitment in other words', () => {
  it.each([
    ["If you don't share this in 5 minutes your mum will die tonight 😱", "If you don't share this"],
    ["I'm a single mum making £5k a month from my phone, ask me how! 💅", "making £5k a month"],
    ["Join my crypto trading team, passive income of £1k a week!!", "passive income"],
    ["Please repost!! Facebook is deleting accounts tomorrow unless you post this on your wall", "unless you post this"],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toContain(cue);
  });

  it.each([
    "We're looking for 2 motivated people to join our admin team, paid role, apply via our website.",
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('chain-or-spam: money-online and miracle-cure junk', () => {
  it.each([
    ['Hey! I found this amazing way to make money online, just click my link 😍 bit.ly/abc123', 'make money online'],
    ['Do you want to lose 10kg in a week? DM me for the miracle tea 🍵', 'lose 10kg in a week'],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toContain(cue);
  });

  it.each([
    'Worried about money? Our free talk covers making a budget you can live with.',
    'Please sign our petition to save the local mental health service, link in bio.',
    'There is no miracle cure for anxiety, but small steps help.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('a threat attached to not sharing', () => {
  it('stops: share this or the kitten dies', () => {
    expect(checker.check({ text: 'pls repost this to your story or the kitten dies, not even joking' }).findings.map((finding) => finding.detector)).toContain('chain-or-spam');
  });
});
