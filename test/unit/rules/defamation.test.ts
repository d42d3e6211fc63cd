import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'defamation');

describe('defamation', () => {
  it.each([
    ['Warning to parents in Leeds: Little Steps Child Therapy are total crooks. They took our money and never delivered.', 'crooks'],
    ['Dr Marcus Hale has been fabricating his qualifications for years. Do not book with him.', 'fabricating'],
    ['Honestly, Northgate Accounting Ltd are a bunch of frauds.', 'are a bunch of frauds'],
    ['Everyone should know that Priya Desai at Willow Counselling lies to her clients about fees.', 'lies to'],
    ['The Westbury Gazette invented the whole story. Their editor Tom Price is a liar.', 'is a liar'],
    ['Aviva are a bunch of crooks, they never pay out.', 'are a bunch of crooks'],
    ['Stay away from Apex Roofing. They ripped us off and then lied about the warranty.', 'ripped us off'],
    ['The manager at Greenfield Lettings has been stealing deposits from tenants.', 'stealing'],
    ['Rumour has it Lindenfield Counselling cooks its books every April.', 'cooks its books'],
    ['Gary Fenn, the treasurer at Oakley Cricket Club, has been helping himself to the subs.', 'helping himself to'],
    ['ugh, ashgrove therapy are a total scam, avoid', 'are a total scam'],
    ['Mrs Joan Pike, the new practice manager at Fairview Surgery, is a bully and a liar.', 'is a bully'],
  ])('stops: %s', (text, cue) => {
    const result = checker.check({ text });
    expect(result.verdict).toBe('stop');
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toContain('safe.defamation');
    expect(findings.some((finding) => text.slice(...finding.span) === cue)).toBe(true);
  });

  it.each([
    'Do you ever feel like a fraud at work? Impostor feelings are really common among new therapists.',
    'Scam alert: texts claiming to be from Royal Mail asking for a redelivery fee are a scam. Do not click the link.',
    'Barclays Bank will never ask for your PIN by text. If you get one, it is a scam.',
    'If you think you have been a victim of fraud, Action Fraud can help: call them today.',
    'Dr Ruth Okafor is not a fraud, whatever that anonymous account says.',
    'We are not a scam! Our prices are on the website and we never take deposits.',
    'Great talk from Sam Whitley on spotting online scams aimed at older people.',
    'Fraudsters are sending fake parcel texts again. Never click the link.',
    'Dr Ama Boateng stole the show at our quiz night with her music round.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describeOtherWordings({
  checker,
  detector: 'defamation',
  clause: 'safe.defamation',
  verdict: 'stop',
  flags: [
    [
      "Dr Priya Nair at Elmfield Clinic has been billing clients for sessions that never took place.",
      "billing clients for sessions that never took place"
    ],
    [
      "The owner of Cedar Wellbeing pockets the NHS money and does nothing for the patients.",
      "pockets the"
    ],
    [
      "Local journalist Kevin Dale makes up his stories. Nothing he writes is true.",
      "makes up his"
    ],
    [
      "Willow Tree Counselling cheated my sister out of £400 and they know it.",
      "cheated"
    ],
    [
      "Fun fact: Harbour Lights Psychotherapy has been fiddling its accounts for years.",
      "fiddling its accounts"
    ],
    [
      "PSA: Coastline Psychotherapy Ltd have been forging client reviews for months.",
      "forging"
    ],
    [
      "Pennywise Bookkeeping embezzled money from three local charities.",
      "embezzled"
    ],
    [
      "Our ex-landlord Alan Price illegally kept our deposit and forged the inventory.",
      "forged"
    ],
    [
      "Heads up: Greenway Counselling take deposits and then vanish. They are thieves, plain and simple.",
      "thieves"
    ],
    [
      "Apex Recruitment are liars - they invented a job to harvest CVs.",
      "liars"
    ]
  ],
  passes: [
    "Action Fraud can help if you think you've been scammed online.",
    "If you've been conned by a fake therapist, report it to the BACP.",
    "Beware of texts claiming to be from your bank - they're a scam.",
    "Congratulations to Dr Priya Nair on her new book about grief.",
    "Our trainee Ellie stole the show at the quiz night!",
    "Lots of people feel they are 'faking it' at work. You're not alone.",
    "Sam has been charging around all day getting the new room ready."
  ],
});

describe('defamation said of a competitor the sentence points back to', () => {
  it.each([
    'Have you seen the Tranquil app on the trains? Its founders are lying about their trial results.',
    'The MoodMend app is fabricating its success rates, plain and simple.',
  ])('stops: %s', (text) => {
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('safe.defamation');
  });

  it('does not accuse anyone when nobody is named', () => {
    expect(findingsOf('Its founders are lying about the trial, apparently.')).toEqual([]);
  });
});

describe('telling a named reviewer they made it up', () => {
  it('stops: you are making this up, with the reviewer named', () => {
    expect(findingsOf('@TomR_88 we have no booking under that name. You are making this up, Tom Reilly, and we want it taken down.').length).toBeGreaterThan(0);
  });

  it('passes making it up to someone', () => {
    expect(findingsOf("So sorry, Tom Reilly, we'll make it up to you next week.")).toEqual([]);
  });
});

describe('a reply accusing the person it answers', () => {
  it('stops: "@handle … you\'re making this up"', () => {
    expect(findingsOf("@danny_k_ we have no booking in your name. You're making all of this up to get a refund, and everyone reading this page ought to know it.").length).toBeGreaterThan(0);
  });

  it('passes sympathy to someone who was scammed', () => {
    expect(findingsOf("@danny_k_ so sorry you've been scammed, please report it to Action Fraud.")).toEqual([]);
  });
});

describe('making something up as creating it', () => {
  it.each([
    'Claire Jones made this up for our Christmas quiz and it was brilliant.',
    '@haz_m you made all of this up for your drama group? Amazing talent!',
    "@jo we're making this up as we go, honestly",
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('an accusation that starts with "you\'re"', () => {
  it('stops it in a long reply to the @handle', () => {
    expect(findingsOf("@rhys_t we looked at the diary and there was no appointment that day. You're making this up, Rhys, and we would like the review taken down please.").length).toBeGreaterThan(0);
  });
});

describe('wrongdoing stated in plain verbs', () => {
  it.each([
    ['Fenwick Flowers rigged the raffle again, everyone saw it.', 'rigged the raffle'],
    ['Careful with Northway Lettings, they deliberately lose paperwork to keep deposits.', 'deliberately lose paperwork'],
  ])('stops %j', (text, phrase) => {
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toContain(phrase);
  });

  it.each([
    'Harbour Rowing Club covered up the boats before the storm.',
    'We rigged up fairy lights in the Willow Room for the open evening.',
    'Rosie from Pickford Farm Shop kept the last loaf for us, what a star.',
    'Our Priya pocketed a Highly Commended at the Business Awards!',
    'Our receptionist Tara takes bribes in the form of Jaffa Cakes. Happy birthday Tara!',
    'Grandad Ken deliberately loses at Connect 4 every Christmas.',
    'Masts are rigged and sails are on: Ellesmere Sailing Club regatta starts at 10.',
    'The Brownies kept the money for their camp in the church safe.',
  ])('leaves %j alone', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});
