import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

/**
 * Stop rows said in an aside of an otherwise ordinary post: a colleague's health named in a
 * welcome back, a stereotype dressed as a thank-you, a nation told to leave the UK, private
 * spending put through the books, a session retold as "what she told me in session", a code
 * someone keeps texting, engagement bait, a supplier said to sell people's data, "p0rn", the
 * practice's work called a con or overpriced. Each with near misses in the same words, many of
 * them fine posts two reviews found flagged by a first, looser version of these rules.
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
  detector: 'offensive-phrases',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [
    ['Thanks to the volunteers for the raffle, proof that women are only really good for organising cake stalls.', 'women'],
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
  flags: [['Great ceilidh last night! Scotland should leave the UK, and sooner rather than later.', 'Scotland should leave the UK']],
  passes: ['The placebo effect is fascinating: our blog looks at what it says about hope.', 'Wales should leave it late again on Saturday, nerves of steel.'],
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
  flags: [['Thanks to the mums for the cake stall, proof that women are only really good for baking!', 'women']],
  passes: ['Our trainees are better at role play than they think.', "The girls' netball bibs are only really good for the bin now."],
});

describeOtherWordings({
  checker,
  detector: 'disparages-organisation',
  clause: 'safe.reputation',
  verdict: 'stop',
  flags: [['New cushions in our therapy room, nearly enough to forget how overpriced the sessions are.', 'how overpriced the sessions']],
  passes: ['Our sessions are priced on a sliding scale, see the fees page for details.'],
});
