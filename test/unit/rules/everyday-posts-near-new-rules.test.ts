import { describe, expect, it } from 'vitest';
import type { Account } from '../../../src/policy/types.ts';
import { zrtherapyChecker } from '../../helpers/policy.ts';

/**
 * Fine posts an independent review wrote against the rules added for the fresh held-out sets, in
 * our own words: each once flagged by a first, looser version of those rules (an MP's surgery, a
 * talk "on" a condition, a stroke of luck, a tutor's thick accent, hours of labour, a club's
 * president, a key card, a signed thank-you from staff, the council checking potholes, a quiz's
 * code word, a book review for a gift card, a psychic's handle, a warm "sure, because", the
 * clinic's view over the canal, a cheerful "nobody here seems bothered", cakes at a bake sale,
 * supervision advice, the reader's own therapist, our own confidential letters).
 */
const checker = zrtherapyChecker();

const FINE: readonly (readonly [text: string, account: Account])[] = [
  ['Thanks to our MP Ruth Cole, who called in after her Friday surgery to see the new garden.', 'company'],
  ['Well done to the lifeboat crew, and to Mike after his rescue operation on the estuary.', 'personal'],
  ['Out now on the podcast: Dr Lena Hart on recovering from perfectionism.', 'company'],
  ['Welcome to Omar, our new admin. He was in hospital administration for ten years.', 'company'],
  ['Raffle winner Bea! She had a stroke of luck and took the hamper home.', 'company'],
  ['Meet Kit. She is undergoing a kitchen refit, so expect cake tins in the staff room.', 'company'],
  ["My tutor's thick Glaswegian accent is the best part of Monday mornings.", 'personal'],
  ['Twenty hours of labour had me laughing and crying, and the birth plan went out the window.', 'personal'],
  ['Our bowls club president says the old clubhouse sign should be scrapped. Fair enough.', 'personal'],
  ['Our strikers were sent off twice this season. Long winter ahead.', 'personal'],
  ['Reminder: open the side door lock with your staff card, the keypad is gone.', 'company'],
  ['Jiu-jitsu tonight: how to slip a wrist lock. My arms are jelly.', 'personal'],
  ["'Thank you for all your help at the summer fair, everyone!' — Sam T., practice manager", 'company'],
  ['Thanks for being there this year, girls. Love you all - Bex x', 'personal'],
  ['Someone at the council will check the broken kerb outside our door this week.', 'company'],
  ["Quiz time! Comment with today's code word from our newsletter to enter the draw.", 'company'],
  ['Book club: whoever writes a review of the novel this month wins a bookshop gift card.', 'personal'],
  ['Great read from @PsychCentral on sleep and low mood this week.', 'company'],
  ['@jo sure, because some of you asked, here are the slides again!', 'company'],
  ["The clinic's view over the canal from the top room is glorious this morning.", 'personal'],
  ["It's pouring down but nobody here seems bothered, the team walk is still on!", 'company'],
  ['Why do people buy my cakes at the bake sale when Ann bakes better? £60 raised anyway!', 'personal'],
  ['Supervision tip: notice when you slip into being on autopilot with clients, and bring it along.', 'company'],
  ['Always tell the psychotherapist you are seeing for low mood about any new medication.', 'company'],
  ['Your GP only receives a confidential referral letter from us with your written consent.', 'company'],
  ['Sponsored walk on Sunday: bring a coat and keep it zipped! £900 raised so far.', 'company'],
  ['Proud of Jess, who ran for the cancer ward: her sponsors funded two rounds of chemo research.', 'personal'],
  // A second review, against the client-described rules and the phrases beside them.
  ['If you have a safeguarding concern about a child, ring the council\'s children\'s services first.', 'company'],
  ['Our annual safeguarding report for the year is now on our website.', 'company'],
  ['Village fete results: first place went to a 10-year-old with a giant leek!', 'personal'],
  ['Dentist update: someone from the waiting list took my slot, so I am off till March.', 'personal'],
  ['Fixtures for your diary: Otley v Ilkley 14:00, Leeds v Hull 19:45.', 'company'],
  ['Huge thanks to the lovely lady who called about her divorce party cake, it was a triumph!', 'personal'],
  ['Our cat Mo is such a patient boy. He is on medication for his thyroid and takes it like a champ.', 'personal'],
  ['Meet Jo, our new receptionist, who came to us after her twenty years at the General Infirmary.', 'company'],
  ['Our cat is a total freeloader: sleeps all day and wants breakfast at 5am.', 'personal'],
  ['Escape room with the team: we could not find a clue with a torch and a map, but we got out!', 'personal'],
  ['Panto tickets are not worth full price, but the kids loved it anyway.', 'personal'],
  ['Finding us by car: sat nav pin: our postcode then follow the brown signs.', 'company'],
  ['Bad password: your surname plus 123. Good password: three random words.', 'company'],
  ['Clients sometimes ask about Facebook requests. Our answer is always a kind no.', 'company'],
  ['Read all the reviews and bought 2 from a seller on eBay: best garden chairs ever.', 'personal'],
  ['The storm has done more harm to the church roof than we feared. Fundraiser on Saturday!', 'personal'],
  ['Lost your library card? Pop your surname and postcode in at the desk and they will print a new one.', 'personal'],
  ["Third time I've explained to my toddler why the cat does not want a hat. Send help.", 'personal'],
  ["To my best friend starting treatment: I'll be there for as long as you need.", 'personal'],
  // A third review, against the rules for longer posts.
  ["I've got the attention span of a goldfish this week, sorry if I forget your birthday.", 'personal'],
  ['Our dog has the attention span of a gnat at the park.', 'personal'],
  ['Reminder: the taxman does not look kindly on late returns, so file by 31 January.', 'company'],
  ['We never comment on a client\'s court case or tribunal hearing: confidentiality comes first.', 'company'],
  ['Where can I find some coke zero in glass bottles round here?', 'personal'],
  ['Sponsored places at the football academy went to a lucky lad from Otley!', 'personal'],
  ["She isn't one of those emotional women you see on TV dramas, she's the calmest nurse I know.", 'personal'],
];

describe('everyday posts near the rules added for the fresh held-out sets', () => {
  it.each(FINE)('passes: %s', (text, account) => {
    expect(checker.check({ text, account }).verdict).toBe('ok');
  });

  it.each([
    ["We saw 1,340 clients this year, a record, though it won't be in our annual report till June."],
    ["As set out in our annual report we saw 1,200 clients, but between us we're down to 700 this year."],
  ])('counts told beside a public report are still a disclosure: %s', (text) => {
    expect(checker.check({ text, account: 'company' }).verdict).toBe('stop');
  });

  it.each([
    ['Economic abuse: do not let any man manage your money if he will not show you the statements.', 'offensive-phrases'],
    ['Mindful walk challenge: reply below with what you noticed on the way to work!', 'public-case-handling'],
    ['Grim weather for the Leeds 10k, but the Elmfield Counselling team kept smiling. Well done all!', 'competitor-rude'],
    ['Safeguarding concerns about our building? Tell reception and we will sort it.', 'client-disclosure'],
    ["We'll keep your place on the course for as long as you need: deferrals are allowed.", 'promise'],
  ])('no rule reads this as its row: %s', (text, detector) => {
    expect(checker.check({ text, account: 'company' }).findings.map((finding) => finding.detector)).not.toContain(detector);
  });

  it('a rival named in a joke about its car charger is a mention, not scorn', () => {
    const text = 'Neighbours at Calm Minds Therapy have a new EV point. Imagine charging your car during a session!';
    expect(checker.check({ text, account: 'company' }).verdict).toBe('caution');
  });
});
