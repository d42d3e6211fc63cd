import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

/**
 * Stop rows said in an aside of an otherwise ordinary post: a colleague's health named in a
 * welcome back, another organisation's news "we weren't meant to
 * see", a stereotype dressed as a thank-you, a dealer pointed at, a nation told to leave the union,
 * private spending put through the books, the practice's work called a con, an adult channel.
 * Each with near misses in the same words.
 */
const checker = zrtherapyChecker();

describeOtherWordings({
  checker,
  detector: 'personal-data',
  clause: 'security.data-protection',
  verdict: 'stop',
  flags: [['So good to have our admin Priya back after her mastectomy, we missed you!', 'after her mastectomy']],
  passes: ['So good to have our admin Priya back after her holiday in Crete!', 'Our talk on life after a breakdown is on Thursday.'],
});

describeOtherWordings({
  checker,
  detector: 'third-party-leak',
  clause: 'security.third-party-confidential',
  verdict: 'stop',
  flags: [['Saw a letter we were not supposed to see: Northfield Counselling is closing its Exeter branch.', 'not supposed to see']],
  passes: ['I was not supposed to see the surprise cake, but it looks amazing!', "The kids weren't meant to see their presents yet, oops."],
});

describeOtherWordings({
  checker,
  detector: 'offensive-phrases',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [
    ['Thanks to the volunteers for the raffle, proof that women are only really good for organising cake stalls.', 'women'],
    ['Link in my bio to an adult video channel that had me crying with laughter, 18+ only.', 'adult video'],
  ],
  passes: [
    'Women are still underpaid in the counselling profession, and that has to change.',
    'Our adult services team welcomes two new counsellors.',
    'Online safety tip for parents: switch on the filters that block adult sites.',
    'My girls love a bit of cleaning when there is pocket money involved.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'harmful-promotion',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [['Big night out Saturday, and the bloke at the taxi rank sells speed if anyone wants a boost.', 'sells speed']],
  passes: ['Speed awareness course booked, lesson learned about the A38.'],
});

describeOtherWordings({
  checker,
  detector: 'political-or-religious-view',
  clause: 'safe.unsolicited-views',
  verdict: 'stop',
  flags: [
    ['Great ceilidh last night! Wales should leave the UK, I said it.', 'Wales should leave the UK'],
  ],
  passes: ['Our trainee Sam should go independent one day, she is brilliant.', 'Most swallows should leave the UK by early October.'],
});

describeOtherWordings({
  checker,
  detector: 'illegal-activity',
  clause: 'safe.illegal-activity',
  verdict: 'stop',
  flags: [
    ['Tip for the self-employed: run your family holidays through as business expenses, nobody looks.', 'family holidays through as business expenses'],
    ['Happy to help with your claim: we will put an earlier date on the receipt so your cover applies.', 'put an earlier date on the receipt'],
  ],
  passes: ['Please put the date on the receipt when you pay, thank you.', 'We put the new printer through as a business expense.'],
});

describeOtherWordings({
  checker,
  detector: 'disparages-organisation',
  clause: 'safe.reputation',
  verdict: 'stop',
  flags: [['Between sessions I sometimes think we just nod along and take the money.', 'nod along and take']],
  passes: ['Everyone at our summer fair seemed to nod along to the brass band.'],
});

describeOtherWordings({
  checker,
  detector: 'client-disclosure',
  clause: 'safe.discussing-others',
  verdict: 'stop',
  flags: [
    ['Long drive home, still thinking about what that young lad confided in me in session about his dad.', 'confided in me in session'],
    ['Guess who has just booked in with us? Only the weatherman off the local news!', 'Guess who has just booked in with us'],
  ],
  passes: ['Guess who has just booked a week in Cornwall? This tired therapist!', 'Our counsellors never share what is said in session.'],
});

describeOtherWordings({
  checker,
  detector: 'credential',
  clause: 'security.strong-passwords',
  verdict: 'stop',
  flags: [['Instagram keeps texting me a code 551 902, no idea why, anyone else?', 'texting me a code 551 902']],
  passes: ['Instagram keeps texting me about new features, so annoying.'],
});

describeOtherWordings({
  checker,
  detector: 'chain-or-spam',
  clause: 'safe.spam',
  verdict: 'stop',
  flags: [['#selfcare #mindset #follow4follow #like4like #followback', '#follow4follow']],
  passes: ['Follow us for weekly wellbeing tips, and thank you for the likes!'],
});

describeOtherWordings({
  checker,
  detector: 'defamation',
  clause: 'safe.defamation',
  verdict: 'stop',
  flags: [['Switched booking apps: DiaryDesk sells your data to advertisers, everyone in the sector knows it.', 'sells your data']],
  passes: ['We never sell your data, and our booking app DiaryDesk does not either.'],
});

describeOtherWordings({
  checker,
  detector: 'political-or-religious-view',
  clause: 'safe.unsolicited-views',
  verdict: 'stop',
  flags: [['Sunday thought: religion is just a placebo for people scared of the dark.', 'religion is just a placebo']],
  passes: ['The placebo effect is fascinating: our blog looks at what it says about hope.'],
});

describeOtherWordings({
  checker,
  detector: 'offensive-content',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [['Friday night plans: takeaway, a bath and some p0rn, no shame', 'p0rn']],
  passes: ['Struggling with porn and the shame it brings? Our counsellors can help.'],
});

describeOtherWordings({
  checker,
  detector: 'offensive-phrases',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [['Shout out to the ladies on reception, proof that women are better at chatting than at maths!', 'women']],
  passes: ['Our trainees are better at role play than they think.'],
});

describeOtherWordings({
  checker,
  detector: 'business-figures',
  clause: 'security.confidential-information',
  verdict: 'stop',
  flags: [["Next year's big secret: we're opening a Leeds room before the competition notices.", 'big secret']],
  passes: ["What's the big secret to a good night's sleep? A boring routine, honestly."],
});

describeOtherWordings({
  checker,
  detector: 'defamation',
  clause: 'safe.defamation',
  verdict: 'stop',
  flags: [['Lovely fete, though everyone knows the treasurer, Colin Marsh, is on the take.', 'on the take']],
  passes: ['Colin Marsh skims the cream off the top of the milk for his coffee, a true connoisseur.'],
});

describeOtherWordings({
  checker,
  detector: 'disparages-organisation',
  clause: 'safe.reputation',
  verdict: 'stop',
  flags: [['New cushions in our therapy room, nearly enough to forget how overpriced the sessions are.', 'how overpriced the sessions']],
  passes: ['Our sessions are priced on a sliding scale, see the fees page for details.'],
});
