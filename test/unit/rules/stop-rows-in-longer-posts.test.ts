import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

/**
 * Rows in the wordings of two more fresh held-out sets (first posts, pasted messages, carousels,
 * formal notices, hashtag tails), in our own words: a chain with a deadline on tagging, where to
 * pick up a street drug, "one of those <adjective> women", a man "too dim" for feelings, the
 * intellect of a damp teabag, a useless lump next door, pocketed appeal money, the firm support
 * of a bill, religion doing more damage, a rival's "rambling mess" and "we've heard of dusting",
 * HMRC "never checks", a critic never let slide, a client's court case.
 */
const checker = zrtherapyChecker();

const row = (detector: string, clause: string, verdict: 'stop' | 'caution', flags: readonly (readonly [string, string])[], passes: readonly string[]) =>
  describeOtherWordings({ checker, detector, clause, verdict, flags, passes });

row('chain-or-spam', 'safe.spam', 'stop', [['Tag five mates within the hour or the good vibes wear off by Friday ✨', 'Tag five mates within the hour']], [
  'Tag a friend who would love our Saturday drop-in!',
]);
row('harmful-promotion', 'safe.inappropriate-content', 'stop', [['Anyone round Headingley know how to get some mandy for Saturday? Asking for a mate.', 'how to get some mandy']], [
  'Worried about how to get support for a friend using drugs? FRANK can help.',
]);
row('offensive-phrases', 'safe.inappropriate-content', 'stop', [
  ['First week in the office and loving it: the manager is not one of those hormonal women who cannot plan a rota.', 'hormonal women'],
  ['Bring your partner too, though most blokes are generally too dim to sit through a talk about feelings.', 'blokes'],
], ['Men are very welcome at our Thursday talk on feelings and sleep.']);
row('harassing-phrases', 'safe.harassment', 'stop', [['Thanks for coming, all! The chap who asked about parking had the attention span of a gnat, bless him.', 'attention span of a gnat']], [
  'Goldfish have a longer attention span than people think, says our volunteer vet.',
]);
row('insult-or-threat', 'safe.harassment', 'stop', [['Quiet at last: the useless lump next door has moved his drum kit out.', 'lump']], [
  'Our useless lump of a kettle has finally given up, new one on order.',
]);
row('defamation', 'safe.defamation', 'stop', [['Trustees have duties, which the Brampton Arts Trust clearly forgot when they pocketed our raffle money.', 'pocketed our']], [
  'We pocketed a win at the Brampton quiz, great night!',
]);
row('political-or-religious-view', 'safe.unsolicited-views', 'stop', [
  ['The practice puts on record its firm support for the Assisted Dying Bill; please write to your MP.', 'firm support for the Assisted Dying Bill'],
  ['Honestly, organised religion does more damage to young minds than social media ever could.', 'does more damage'],
], ['Our bereavement group welcomes people of every faith and none.']);
row('competitor-rude', 'safe.competitors', 'stop', [
  ['Series two of our podcast is out! Nothing like the rambling mess Birchwood Therapy puts out.', 'rambling mess'],
  ['New carpets are in! Unlike Larkfield Counselling up the road, we have heard of hoovering.', 'heard of'],
], ['Lovely to see Larkfield Counselling at the fair, their stall was brilliant.']);
row('illegal-activity', 'safe.illegal-activity', 'stop', [['Owners, claim your gym membership as supervision on the tax return. The taxman never checks.', 'taxman never checks']], [
  'Myth: the taxman never checks small businesses. Keep every receipt for five years.',
]);
row('defensive-reply', 'advice.dont-escalate', 'caution', [["That comment calling us 'expensive chats' is wrong, and we're not letting it slide.", 'not letting it slide']], [
  'Thanks for your comment. We would love to talk: please ring us on our main number.',
]);
row('client-disclosure', 'safe.discussing-others', 'stop', [
  ['Closed Thursday afternoon: I am speaking at the tribunal in support of a current client\'s benefits appeal.', "a current client's benefits appeal"],
], ['Slide 3: Many people tell us they have not slept properly in months. Slide 4: Book online.']);
describe('competitor-mention: a title in quotes', () => {
  it('names a piece of work, not a practice', () => {
    const text = "Our new 'Starting Counselling' booklet is free to download from our website.";
    expect(checker.check({ text, account: 'company' }).findings.map((finding) => finding.detector)).not.toContain('competitor-mention');
  });
});

// Two more fresh sets (trainees and research, partnerships, older writers, slang, a dog's voice):
row('client-disclosure', 'safe.discussing-others', 'stop', [
  ["Replying to the review from 'M.K.': you came to six sessions with us in spring for your panic attacks.", 'you came to six sessions with us'],
], ['If you came to sessions with us last year, thank you: we would love your feedback.']);
row('client-friend-request', 'company.client-friend-requests', 'stop', [
  ['Good news for the school: our counsellor now accepts Instagram follow requests from the pupils she sees.', 'Instagram follow requests'],
  ['sent a request to the lady i did family work with last year, she seems lovely outside the room', 'sent a request to'],
], ['Sent a request to the council for a new bench outside the practice.']);
row('personal-data', 'security.data-protection', 'stop', [['Spreadsheet attached: names, phone numbers and postcodes of all 80 participants, for your own analysis.', 'names, phone numbers and postcodes of all 80 participants']], [
  'We collect names and emails of participants only with consent, and never share them.',
]);
row('illegal-activity', 'safe.illegal-activity', 'stop', [
  ['Deadline panic: we will make up the remaining 25 survey responses ourselves before the report goes in.', 'make up the remaining 25 survey responses'],
  ['Commute hack: I never pay the bus fare after six, the inspectors never check.', 'never pay the bus fare'],
], ['Fares went up again this week, so I am walking in when it is dry.']);
row('offensive-phrases', 'safe.inappropriate-content', 'stop', [['Staff room joke: female managers only got the job because someone had to order the cake.', 'female managers']], [
  'Our female managers lead the practice with real care.',
]);
row('harassing-phrases', 'safe.harassment', 'stop', [
  ['Thanks for the meeting, all, except the grumpy old git on the desk. We will be watching for him.', 'grumpy old git'],
], ['The old goat farm up the road does lovely cheese.']);
row('credential', 'security.strong-passwords', 'stop', [['Welcome, Tom! The code sent to my phone was 552 018, use it when the login asks.', 'code sent to my phone was 552 018']], [
  'Never share the code sent to your phone with anyone, even us.',
]);
row('defamation', 'safe.defamation', 'stop', [['The research firm Datacore doctored our results to please the sponsor.', 'doctored']], [
  'The doctor came round for a chat about our new referral route.',
]);
row('business-figures', 'security.confidential-information', 'stop', [["I've been told to keep mum about our spring campaign for new graduates, but we're doubling our ad budget!", 'keep mum']], [
  'Lovely to see my mum at the open day!',
]);
row('harmful-promotion', 'safe.inappropriate-content', 'stop', [['My tip: a bit of weed at night settles the nerves better than any pill.', 'weed']], [
  'Weed the garden on a Sunday: better than any box set for the nerves.',
]);
row('chain-or-spam', 'safe.spam', 'stop', [['Apparently Instagram will charge from next month unless you share this notice. Sharing, just in case!', 'will charge from next month unless']], [
  'Instagram will charge a fee for verified accounts from next month, according to the news.',
]);
row('promise', 'advice.no-unchecked-promises', 'caution', [['Trainees who join us this year are assured of a paid role when they qualify.', 'are assured of']], [
  'We hope to have news about the new room soon, and will post it here.',
]);
