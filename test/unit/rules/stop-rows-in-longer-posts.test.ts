import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

/**
 * Rows in the wordings of two more fresh held-out sets (first posts, pasted messages, carousels,
 * formal notices, hashtag tails), in our own words: a chain with a deadline on tagging, where to
 * pick up a street drug, "one of those <adjective> women", a man "too dim" for feelings, the
 * intellect of a damp teabag, pocketed appeal money, the firm support
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
  ['First week in the office and loving it: the manager is not one of those hormonal women who cannot cope with a rota.', 'hormonal women'],
  ['Bring your partner too, though most blokes are generally too dim to sit through a talk about feelings.', 'blokes'],
], ['Men are very welcome at our Thursday talk on feelings and sleep.']);
row('harassing-phrases', 'safe.harassment', 'stop', [['Thanks for coming, all! The chap who asked about parking had the attention span of a gnat, bless him.', 'attention span of a gnat']], [
  'Goldfish have a longer attention span than people think, says our volunteer vet.',
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

// Four more fresh sets (trainees and research, older writers, posts between sessions, quoted speech), in our own words:
row('client-disclosure', 'safe.discussing-others', 'stop', [
  ["Replying to the review from 'M.K.': you came to six sessions with us in spring for your panic attacks.", 'you came to six sessions with us'],
], [
  'If you came to sessions with us last year, thank you: we would love your feedback.',
  'Have you had sessions with us before? Use the returning client form.',
  'Happy retirement, Pat! You booked thousands of appointments here over the years.',
]);
row('political-or-religious-view', 'safe.unsolicited-views', 'stop', [["The Archbishop's Easter sermon was sanctimonious twaddle, frankly.", 'sanctimonious']], [
  "Lovely Easter service at St Anne's this morning.",
]);
row('competitor-rude', 'safe.competitors', 'stop', [['Asked about Birchwood Therapy? Honestly, you might as well talk to a wall.', 'talk to a wall']], [
  'Birchwood Therapy have a lovely new garden room.',
]);
row('client-friend-request', 'company.client-friend-requests', 'stop', [['Happy birthday Sam! From therapist and client to Instagram friends, what a journey.', 'to Instagram friends']], [
  'Happy birthday Sam! From school friends to Instagram friends, what a journey.',
]);
row('harassing-phrases', 'safe.harassment', 'stop', [['Great day at the allotment, shame about the chap on plot 4 with a face like a slapped kipper.', 'face like a slapped kipper']], [
  'Kippers for breakfast at the seaside, bliss.',
]);
row('defensive-reply', 'advice.dont-escalate', 'caution', [["@sarah_says you've posted that myth three times now, and I'll correct it every time you do.", 'correct it every time']], [
  'We correct our newsletter every time we spot a typo.',
]);
