import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'personal-data');
const flagged = (text: string) => findingsOf(text).map((finding) => text.slice(...finding.span));

describe('personal-data', () => {
  it.each([
    ['Lost phone! If found, please call Jen on 07700 900456.', '07700 900456'],
    ['For bookings over the holidays, message Carl directly on his mobile: +44 7700 900321', '+44 7700 900321'],
    ['Email Martin at martin.fielding77@gmail.com if you want the slides.', 'martin.fielding77@gmail.com'],
    ['Flowers for Mrs Patel at 22 Cedar Close, Colchester CO4 5XY — she has just lost her husband.', '22 Cedar Close, Colchester CO4 5XY'],
    ['Wishing a speedy recovery to Graham from the bakery next door, who is in hospital after a stroke.', 'in hospital'],
    ['Our lovely postie has been diagnosed with diabetes, so no more biscuits for him!', 'diagnosed with'],
    ["Leah's cell is +44 (0)7700 900123, text her if you are running late.", '+44 (0)7700 900123'],
    ['Her home number is 01632 960123 if anyone needs to reach her.', '01632 960123'],
  ])('stops: %s', (text, words) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.data-protection');
    expect(flagged(text)).toContain(words);
  });

  it('drops the number in the rewrite', () => {
    const text = 'Text Leah on 07700 900777 to swap shifts.';
    expect(findingsOf(text)[0]?.rewrite).toBe('Text Leah on [number removed] to swap shifts.');
  });

  it.each([
    'Call the practice on (01206) 500200.',
    'For press, contact media@mindfulpractice.org.',
    'Call us on 01632 960500 or email hello@zrtherapy.co.uk to book.',
    'Need to talk tonight? Samaritans: 116 123, or text SHOUT to 85258.',
    'Find us at 5 Church Street, Colchester CO1 1AA — parking at the back.',
    'Our therapist Nadia runs a group for people recovering from long covid.',
    'Contact the admin team at office@smithcounselling.co.uk for invoices.',
    'Enquiries: 07700 900999 (the practice mobile, staffed 9 to 5).',
    'Email sam@zrtherapy.co.uk to join the Thursday group.',
    'Call or text Nadia on 07700 900432 to book your free 15-minute consultation.',
    'We have moved to 14 Station Road — same team, more space!',
    'Hospital waiting lists are long; in the meantime, here are five ways to look after yourself.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('personal-data: addresses of found property', () => {
  it.each([
    ['Found a set of keys outside the practice — the tag says they belong to Tom Price, 7 Mill Lane, Halstead.', '7 Mill Lane, Halstead'],
    ['Parcel left in our waiting room addressed to Mrs J. Osei, 41 Kings Road, Witham', '41 Kings Road, Witham'],
    ['Lost dog found near our rooms! Collar tag says the owner is D. Marsh, 3 Orchard Close, Tiptree', '3 Orchard Close, Tiptree'],
    ['found a wallet in our car park, belongs to sarah jones of 18 hill view, dedham', '18 hill view, dedham'],
    ['Is this yours? A scarf left in the waiting room, name tag: Pat Lowe, 2 Rose Terrace, Coggeshall', '2 Rose Terrace, Coggeshall'],
  ])('stops: %s', (text, words) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(flagged(text).some((span) => span.startsWith(words))).toBe(true);
  });

  it.each([
    'Found a purse in our car park — please call us to describe it and collect.',
    'Our new rooms at 12 Mill Lane, Halstead open on Monday!',
    'Belongs to the whole community: the garden at 9 Park Lane is open to all this Sunday.',
    "We've moved! Our new address is Suite 3, 8 Mill Row, Colchester CO2 7AB.",
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('personal-data: health of people named in lower case', () => {
  it.each([
    'poor steve from the post office has been diagnosed with cancer',
    'kate from the bakery is in hospital after a fall, get well soon',
    'thinking of dave, who had a heart attack on monday',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.data-protection');
  });

  it.each([
    'my mum is in hospital so replies will be slow',
    'research shows people recovering from burnout need rest',
    'today has been diagnosed as the busiest day ever lol',
    'wishing everyone in hospital this christmas a peaceful day',
    'everyone recovering from covid should rest',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('an address given as where a named person lives', () => {
  it('flags it after the practice\'s own words', () => {
    expect(flagged('A scarf was left in our waiting room; it belongs to a Mrs Hilda Marsh of 22 Orchard Close.')).toContain('22 Orchard Close');
  });

  it('leaves a venue next to a speaker\'s name alone', () => {
    expect(flagged('Join us at our talk with Dev Mistry at 5 Corn Exchange Street, all welcome')).toEqual([]);
  });
});

describe("a venue's name before its address", () => {
  it('passes an organisation "of" an address', () => {
    expect(flagged('Our friends at The Mindful Hub of 3 Mill Street are hosting a talk on sleep.')).toEqual([]);
  });
});
