import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'illegal-activity');

describe('illegal-activity', () => {
  it.each([
    ['Does anyone know where I can buy ketamine around Colchester?', 'buy ketamine'],
    ['Happy to put you in touch with someone who sells weed if it helps with sleep', 'someone who sells'],
    ["We'll give you a free session if you post a 5-star review — you don't need to have been a client", 'post a 5-star review'],
    ["Pay cash and we'll keep it off the books, no VAT", 'off the books'],
    ["We can write a note saying you're signed off sick, even if you're not really ill", "note saying you're signed off"],
    ["Anyone know how to hack into my husband's Facebook? I need to see his messages", "hack into my husband's Facebook"],
    ['Selling stolen iPhones, cheap, no questions asked', 'Selling stolen'],
    ["We'll mark the sessions as occupational health so your employer pays for them 😉", 'mark the sessions as'],
    ["I guessed my ex's password and read through her emails", "guessed my ex's password"],
    ['DM me for xanax, no prescription needed', 'DM me for xanax'],
    ['Any pharmacists here who could sell me some diazepam without a prescription?', 'diazepam without a prescription'],
    ["Let's all leave reviews for the practice from different names so our rating goes up", 'leave reviews'],
    ["Started microdosing psilocybin and it's been amazing, message me if you want some", 'message me if you want some'],
    ["Let's leave a few 1-star reviews on their page, they'll never know it's us", 'leave a few 1-star reviews'],
    ["Anyone want a cheap iPhone 15? No box, don't ask where it came from 😉", "don't ask where it came from"],
    ["Clients who pay in cash: we don't declare it, so it's cheaper for everyone", "don't declare it"],
    ["Is there an app to read my husband's messages without him knowing?", "read my husband's messages without"],
    ['You can use your bank account to receive money for me, keep 10% for yourself', 'use your bank account to receive'],
    // The review itself called fake: writing or leaving one, whoever asks.
    ["I'm writing fake reviews for my mate's salon tonight", 'writing fake reviews'],
    ['Leave us a fake 5 star review and get a free coffee', 'Leave us a fake 5 star review'],
    ['Can someone write bogus Google reviews for our new branch?', 'write bogus Google reviews'],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toContain('safe.illegal-activity');
    expect(findings.map((finding) => text.slice(...finding.span))).toContain(cue);
  });

  it('cites the gifting-circle pyramid scheme as illegal too', () => {
    const text = 'Gift £40 to our abundance circle, invite three friends and receive £320 in a month 🌸';
    expect(findingsOf(text).map((finding) => finding.clause)).toEqual(['safe.illegal-activity']);
  });

  it.each([
    'Someone hacked into my account last night — change your passwords!',
    "Fake reviews are illegal, and we'd never ask for one. Genuine feedback from clients is always welcome.",
    "If you've had sessions with us, we'd love a Google review. Sessions start at £65.",
    "We can't provide sick notes — please speak to your GP.",
    'We bought mushrooms from a local supplier for the team lunch.',
    "My bike was stolen last week and I'm gutted.",
    'We can send your invoice straight to your insurer if your policy covers therapy.',
    'Cannabis use and anxiety: what the research says, on our blog this week.',
    'If cannabis use is affecting your mood, we can point you in the right direction for support.',
    'Shameless plug: our cannabis and anxiety support group starts Monday.',
    'Leave us a review, even if you only came once — every bit of feedback helps.',
    'Helped my mum get into her account after she forgot her password 🙈',
    'Thank you so much for the five-star review — it made our week!',
    "You don't have to declare it if your side income is under £1,000 — check the trading allowance.",
    "We'd love a review if you've had sessions with us — no incentives, just honest feedback.",
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('illegal-activity: bought reviews and sold sick notes in other words', () => {
  const quoted = (text: string) => findingsOf(text).map((finding) => text.slice(...finding.span));
  it.each([
    ['Found a site that does 50 Google reviews for £30, shall we?', 'Google reviews for £30'],
    ['Can we buy some 5-star reviews to drown out the bad one?', 'buy some 5-star reviews'],
    ['Anyone recommend a company selling Trustpilot reviews in bulk?', 'selling Trustpilot reviews'],
    ['We ordered 200 five-star reviews for the new branch 🙈', 'ordered 200 five-star reviews'],
    ['Paying someone on Fiverr for 100 positive reviews this week', 'Paying someone on Fiverr for 100 positive reviews'],
    ['Fit notes available, £25 each, no need to see a doctor, message me', 'Fit notes'],
    ['Need time off? I can get you a doctor’s note, any dates you want', 'doctor’s note'],
    ['Selling sick notes signed by a real GP, backdated if needed', 'sick notes'],
    ['Medical certificates without an appointment, £15, DM', 'Medical certificates'],
    ['Selling fake designer bags, DM for prices 👜', 'Selling fake designer bags'],
    ['Got some leftover pregabalin if anyone wants to buy it, selling pregabalin cheap', 'selling pregabalin'],
  ])('stops: %s', (text, cue) => {
    const result = checker.check({ text });
    expect(result.verdict).toBe('stop');
    expect(result.findings.map((finding) => finding.clause)).toContain('safe.illegal-activity');
    expect(quoted(text).some((span) => span.includes(cue))).toBe(true);
  });

  it.each([
    'Need a fit note? Book an appointment with your GP or use NHS 111 online.',
    "We can't issue sick notes, but we can write a letter confirming you attend therapy.",
    'Fit notes can now be signed by nurses and pharmacists as well as GPs.',
    "Help us reach 100 Google reviews this year: if you've had sessions with us, we'd love your feedback.",
    'Buying fake reviews is illegal and the CMA can fine businesses that do it.',
    'Spotted a fake review on our Google page, so we have reported it.',
    'How to spot fake reviews before you book anything: a short guide.',
    'We never buy reviews. Every one of our 5-star ratings is genuine.',
    'Pregabalin withdrawal can affect mood; talk to your prescriber before stopping.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('illegal-activity: MOTs, drink-driving, insurance, DBS, essay mills, tax, data and drugs', () => {
  it.each([
    ['I know a guy who does MOTs without looking at the car, £40', 'MOTs without looking at'],
    ["Can someone drive my car to the station? I'm over the limit lol", 'over the limit'],
    ['We could just tell the insurer the laptop was stolen and get a new one', 'tell the insurer the laptop was stolen'],
    ['Selling my leftover co-codamol and diazepam, DM me', 'Selling my leftover co-codamol'],
    ["Anyone know how to get round the DBS check? I've got a caution", 'get round the DBS check'],
    ['Looking for someone to write my dissertation for me, will pay £300', 'write my dissertation for me, will pay'],
    ["Cash only for sessions so we don't have to pay VAT 😉", "we don't have to pay VAT"],
    ['I can sell you a list of client emails from my old job', 'sell you a list of client emails'],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toContain(cue);
  });

  it.each([
    'Over the limit on my phone data this month 🙈',
    "Please don't drive if you think you might be over the limit this Christmas.",
    'Anyone know how long a DBS check takes these days?',
    'We help students who feel overwhelmed by their dissertation.',
    'My MOT is due next week, anyone recommend a garage?',
    'The insurer said it was lost in the post, annoyingly.',
    'Selling my old sofa, £50, collection only',
    "Co-codamol and alcohol don't mix: speak to your pharmacist.",
    'Our accountant helps us pay the right tax, no more no less.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('illegal-activity: ordinary money, reviews, notes and driving', () => {
  it.each([
    "We're proud to have 120 five-star reviews on Google, thank you!",
    'GP letters for therapy referrals can take up to two weeks.',
    'Cash, card or bank transfer are all accepted for sessions.',
    "We don't charge VAT on counselling because it's exempt.",
    'I forwarded the invoice to your insurer as requested.',
    'Drive safely this Christmas, and never drink and drive.',
    'I had two glasses of wine and got a taxi home 🍷',
    'Weed out the negative self-talk with these 3 tips 🌱',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('illegal-activity: drugs, exams, knock-offs and reviews in other words', () => {
  it.each([
    ["Who's got a plug for coke round here?", "got a plug for coke"],
    ["Can get you cheap diazepam, no prescription needed", "get you cheap diazepam"],
    ["Need someone to sit my driving theory test for me, will pay", "sit my driving theory test for me"],
    ["Selling knock-off AirPods, DM me", "Selling knock-off AirPods"],
    ["I'll pay 10 people to post 5-star Google reviews for us", "pay 10 people to post 5-star Google reviews"],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toContain(cue);
  });

  it.each([
    "Shameless plug for our coffee morning on Friday!",
    "Can you take my shift for me on Tuesday?",
    "Good luck to everyone sitting exams this week — you've got this.",
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('reviews asked for with a treat or from people who never came', () => {
  it.each([
    'Stick a five-star review on our Google page, even if you have never been in, and we will treat you to a cake!',
    'Pop us a glowing review and we\'ll treat you to lunch',
  ])('stops: %s', (text) => {
    expect(findingsOf(text).length).toBeGreaterThan(0);
  });

  it('passes an honest request', () => {
    expect(findingsOf('If our workshop helped you, an honest review on our own feedback form means a lot.')).toEqual([]);
  });
});

describe('review packs bought from an agency', () => {
  it('stops: bought a bundle of five-star reviews', () => {
    expect(findingsOf('Quick win this month: we bought a bundle of 30 five-star reviews for the new branch.').length).toBeGreaterThan(0);
  });
});
