import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

/**
 * Rows said in the settings of a working week, in wordings two more fresh held-out sets found
 * missed: a safeguarding referral for one of "my" young people, a face from the waiting list, an
 * enquirer and what he enquired about, who a bursary place went to, a client's medication, why a
 * named person came to us, a diary's names and times, a password's recipe, a group called
 * snowflakes "every last one of them", a critic dared or lectured in a thread reply,
 * Facebook requests from clients, bought reviews, religion judged, a fee held
 * "for as long as you want", our prices run down, a surname and postcode asked for in comments.
 * Each with near misses in the same words.
 */
const checker = zrtherapyChecker();

describeOtherWordings({
  checker,
  detector: 'client-disclosure',
  clause: 'safe.discussing-others',
  verdict: 'stop',
  flags: [
    ['Long day: safeguarding concern raised this afternoon about one of our Year 9 lads. Wine needed.', 'safeguarding concern raised this afternoon about one of our'],
    ['Bumped into a familiar face from our waiting list at the garden centre, hello again!', 'familiar face from our waiting list'],
    ['Reminder to reply in office hours, unlike the lady who messaged at midnight about her drinking relapse.', 'the lady who messaged at midnight about her drinking relapse'],
    ['So proud: this year\'s free sessions went to a young mum from Harehills who had nowhere else to turn.', 'sessions went to a young mum'],
    ['Chased the surgery about a client\'s prescription again. Good news, he\'s finally on citalopram.', "he's finally on citalopram"],
    ['Say hello to Mags, 70, who came to us after her bereavement and now volunteers on reception!', 'who came to us after her bereavement'],
    ['Look how clean the new diary screen is! T Hart 09:30, Bea Moss 10:30, R Singh 12:00.', 'T Hart 09:30'],
  ],
  passes: [
    'Our safeguarding policy has been updated: read it on our website.',
    'Safeguarding training for all staff this Friday, lunch provided.',
    'We keep a short waiting list at the moment: ring us to be added.',
    'I\'m on sertraline myself and feeling brighter, so please be kind to yourselves.',
    'Open day programme: Dr Sam Lee 10:00, Jo Wills 11:00, come and meet our therapists!',
    'Sarah, who came to Leeds after her divorce, now runs the bakery on our street.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'credential',
  clause: 'security.strong-passwords',
  verdict: 'stop',
  flags: [['Covering the desk tomorrow? The booking system password is in the drawer, it\'s just our house number followed by the year we opened.', 'password is in the drawer']],
  passes: ['Tip: never make your password your dog\'s name plus your birth year.', 'The Wi-Fi password is on the card at reception.'],
});

describeOtherWordings({
  checker,
  detector: 'harassing-phrases',
  clause: 'safe.harassment',
  verdict: 'stop',
  flags: [
    ['Saw the new parking wardens at work today: jobsworths, every single one of them.', 'jobsworths, every single one of them'],
    ['Met the council panel today. Lovely lunch, shame they couldn\'t find compassion with a map.', "couldn't find compassion with a map"],
  ],
  passes: [
    'Every single one of them got home safely after the sponsored walk!',
    "I couldn't find the car park with a map, never mind a satnav.",
    'Muppets, every last one of them: the Christmas Carol is on at the Odeon!',
  ],
});


describeOtherWordings({
  checker,
  detector: 'defensive-reply',
  clause: 'advice.dont-escalate',
  verdict: 'caution',
  flags: [
    ["Replying to @steve_sceptic: Counselling is not a fad, as I've already explained. Happy to keep going if you are.", "I've already explained"],
    ["Your reporter says therapy is for the worried well. Perhaps she'd like to explain that to our waiting list; we'd be glad to debate her.", "Perhaps she'd like to explain"],
  ],
  passes: ['Replying to @amy_writes: Thank you, that means a lot. See you at the next workshop!'],
});

describeOtherWordings({
  checker,
  detector: 'client-friend-request',
  clause: 'company.client-friend-requests',
  verdict: 'stop',
  flags: [['Hot tip for new therapists: saying yes to Instagram requests from former clients keeps them coming back.', 'Instagram requests']],
  passes: ['We never accept Instagram requests from clients, and here is why.'],
});

describeOtherWordings({
  checker,
  detector: 'illegal-activity',
  clause: 'safe.illegal-activity',
  verdict: 'stop',
  flags: [['Caption draft: "Our reviews speak for themselves!" (ordered 30 off a site last night, they should land by Friday)', 'ordered 30 off a site']],
  passes: ['Our reviews speak for themselves: 30 new ones this year, every one from a real client.'],
});


describeOtherWordings({
  checker,
  detector: 'political-or-religious-view',
  clause: 'safe.unsolicited-views',
  verdict: 'stop',
  flags: [['Great carols tonight! Though honestly, religion has done more harm to families than any war.', 'religion has done more harm']],
  passes: ['Great carols tonight at St Mary\'s, and the mince pies were excellent.'],
});

describeOtherWordings({
  checker,
  detector: 'promise',
  clause: 'advice.no-unchecked-promises',
  verdict: 'caution',
  flags: [["Moving to my own rooms in May: we'll keep your fees the same for as long as you need.", "fees the same for as long as you need"]],
  passes: ["We'll keep the kettle on for as long as you like!", 'Stay as long as you like at Saturday\'s drop-in.'],
});

describeOtherWordings({
  checker,
  detector: 'disparages-organisation',
  clause: 'safe.reputation',
  verdict: 'stop',
  flags: [["Half-price week, because frankly our sessions aren't worth what we charge right now.", "sessions aren't worth"]],
  passes: ['Half-price week for students: bring your card to reception.'],
});

describeOtherWordings({
  checker,
  detector: 'sensitive-details-request',
  clause: 'security.phishing',
  verdict: 'stop',
  flags: [['Lost track of your invoices? Pop your surname and postcode below and we\'ll reply with what you owe.', 'Pop your surname and postcode']],
  passes: ['Send us your name and address and we will post you a leaflet.'],
});

describeOtherWordings({
  checker,
  detector: 'offensive-phrases',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [['Admin tip of the day: never let a man near your filing, he will lose the lot.', 'never let a man near your']],
  passes: ['Admin tip of the day: never let the filing pile up past Friday.'],
});

describe('business-figures: figures the draft says are published already', () => {
  it('are not a disclosure', () => {
    const text = 'As set out in our published annual report, the hardship fund covered 95 sessions last year.';
    expect(checker.check({ text, account: 'company' }).findings.filter((finding) => finding.detector.endsWith('business-figures'))).toEqual([]);
  });
});

describe('public-case-handling: a safeguarding worry asked for in the thread', () => {
  it('is a caution', () => {
    const text = "Replying to @worried_nan: Thank you for raising your concern. Tell us a bit more here about what you heard and we'll advise.";
    expect(checker.check({ text, account: 'company' }).findings.map((finding) => finding.detector)).toContain('public-case-handling');
  });
});
