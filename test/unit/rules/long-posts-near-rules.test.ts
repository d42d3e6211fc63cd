import { describe, expect, it } from 'vitest';
import type { Account } from '../../../src/policy/types.ts';
import { zrtherapyChecker } from '../../helpers/policy.ts';

/**
 * Fine posts that brush against a rule's wording in passing, the way long newsletter-style
 * posts do: each case names the rule that used to flag it and must stay silent now.
 */
const checker = zrtherapyChecker();
const ruleFindings = (text: string, account: Account | undefined, detector: string) =>
  checker.check({ text, account }).findings.filter((finding) => finding.detector === detector);

describe('rules stay silent on fine posts that brush past their wording', () => {
  it.each([
    ['promise', 'personal', 'Said yes to a friend request from my aunt. I promise the karaoke videos from her party were filmed without my consent.'],
    ['promise', 'company', 'Our thanks to the out-of-hours mental health team for everything they do around the clock.'],
    ['credential', 'company', 'Routine check done: we changed the passwords on all of the practice\'s social accounts and turned on two-step sign-in.'],
    ['public-case-handling', undefined, 'So sorry the online form played up, Ffion. Let\'s sort it out privately rather than here: drop us an email and we\'ll call you.'],
    ['sensitive-details-request', undefined, 'A question came in under our last post: \'Where can I read up on medication?\' That is one for your GP, who knows your history.'],
    ['sensitive-details-request', undefined, 'When the health board shares its own update, your GP surgery is the place to ask what it means for you.'],
    ['sensitive-details-request', undefined, 'Our Friday drop-in is free, and your GP or a crisis line can help sooner if you need it.'],
    ['offensive-phrases', 'company', 'Quiet lunch watching the bird feeder: three great tits, a robin and a very bold sparrow.'],
    ['competitor-mention', 'company', 'For more ideas on sleep, try NHS Every Mind Matters: free, simple tips. Search for \'Every Mind Matters\' to find them.'],
    ['third-party-leak', 'company', 'People keep asking about a document said to be another charity\'s internal plan. It isn\'t ours to share, so we won\'t be commenting.'],
    ['third-party-leak', 'personal', 'An old friend from college sent me a message out of the blue last night and we talked for hours.'],
    ['third-party-leak', 'company', 'Zayna has written a chapter for a new book. We can\'t share more yet, but we will post once they\'ve made their own announcement.'],
    ['business-figures', 'company', 'Thank you to our guest speaker for letting us quote her closing words. The recording isn\'t public, but our notes are on the blog.'],
    ['illegal-activity', 'company', 'We never offer discounts or gifts in exchange for a review. If you would like to leave a review, honest words are all we ask for.'],
    ['piracy', 'personal', 'Camping update: it rained in torrents all night and the tent is now a paddling pool.'],
    ['harassing-phrases', 'personal', 'Cup final prediction nobody asked for: two all after extra time, then penalties.'],
    ['chain-or-spam', 'personal', 'Gran still sends me those \'share this with ten friends for luck\' messages. I love her, and I forward none of them.'],
    ['personal-data', 'company', 'Welcome to our new receptionist, Tomasz, who comes to us from a background in hospitality.'],
    ['personal-data', 'company', 'Farewell to our counsellor Anwen, who leaves for a role in a hospice family support team. We will miss her.'],
    ['sensitive-details-request', undefined, 'New year reminder: update your next-of-kin details with your GP if anything has changed.'],
    ['public-case-handling', undefined, 'So sorry, Alys, we can\'t look into this here. Could you ring the clinic line instead?'],
    ['public-case-handling', undefined, 'We are sorry this happened. Please get in touch privately so we can understand what went wrong.'],
    ['third-party-leak', 'company', 'We are hiring a receptionist: experience of handling confidential information would be lovely.'],
    ['third-party-leak', 'company', 'Scam season again: the login codes your bank texts you are for your eyes only, even if they say they are the bank.'],
    // Found by an independent review of the rules above, each flagged by their first version.
    ['chain-or-spam', 'company', 'Please share this with every parent you know: our free talk on teen anxiety is on Thursday.'],
    ['chain-or-spam', 'company', 'Happy new year from all of us. May your wishes come true in 2027!'],
    ['third-party-leak', 'company', 'Whatever a client tells us in confidence stays in the room. That is the heart of therapy.'],
    ['third-party-leak', 'company', 'A PDF doing the rounds on WhatsApp says lavender oil cures anxiety. It does not.'],
    ['third-party-leak', 'company', 'The updated ethical framework is not due out until June, so our policies stay as they are.'],
    ['business-figures', 'company', 'The local NHS waiting list is now eighteen months for talking therapies, which is heartbreaking.'],
    ['business-figures', 'company', 'Forty people on the waiting list for the community allotment already!'],
    ['illegal-activity', 'company', 'Anxiety has a way of making us exaggerate everything. Book a free assessment to talk it through.'],
    ['illegal-activity', 'company', 'Claiming through health insurance? Your GP will need to put the diagnosis on the claim form first.'],
    ['illegal-activity', 'company', 'Trainees: your supervisor can sign off extra hours from the summer school if you log them.'],
    ['harassing-phrases', 'company', 'Why naming and shaming children in class backfires, and what works instead.'],
    ['harassing-phrases', 'personal', 'Monday morning, zero brain cells, three coffees. Send help.'],
    ['harassing-phrases', 'company', 'The over-70s are the worst hit by winter loneliness, so bring a friend along.'],
    ['piracy', 'personal', 'Made banana bread for the team. I ripped the recipe off YouTube, and nobody complained.'],
    ['piracy', 'company', 'Looking for mindfulness audio? No need to pay for an app: the NHS has a site where it\'s all free.'],
    ['suspicious-link', 'company', 'New blog post up on zrtherapy.co.uk.Today\'s topic: sleep.'],
    ['promise', 'company', 'It\'s a myth that couples therapy can save any marriage.'],
    ['promise', 'personal', 'Mark my words, it will rain for the whole of the Eisteddfod again.'],
    // Found by a second review: plain uses of the phrase families above.
    ['political-or-religious-view', 'company', 'Trains are on strike tomorrow, so the sooner you let us know you cannot come, the sooner we can offer your slot.'],
    ['political-or-religious-view', 'company', 'If you are going independent this year, the sooner you sort your insurance, the better.'],
    ['political-or-religious-view', 'company', 'Feeling complicit when you stay quiet about immigration jokes at work? Our workshop on speaking up is on Tuesday.'],
    ['competitor-mention', 'company', 'Our practice is not connected to London Bridge Hospital, but we are happy to take GP referrals.'],
    ['competitor-mention', 'company', 'Our new counselling room is a bit different from Room 2: bigger windows and a softer sofa.'],
    ['competitor-mention', 'company', 'We offer counselling as an alternative to Prozac-only treatment for anxiety.'],
    ['competitor-mention', 'company', 'Our fees for counselling are the same as BACP guidance suggests.'],
    ['promise', 'company', 'We are so grateful to the Samaritans, who answer day or night.'],
    ['sensitive-details-request', undefined, 'If you want to know more, let us know, your GP can also refer you to local services.'],
    ['third-party-leak', 'company', 'A few people sent us the confidential report doing the rounds about the health board. Please don\'t. We won\'t be sharing it.'],
    ['business-figures', 'company', 'Our waiting list is currently 3-4 weeks for evening sessions.'],
    ['chain-or-spam', 'company', 'Happy Diwali! Share this light with someone you love and may your wishes come true.'],
    ['chain-or-spam', 'company', 'Forward this to every parent you know today: our free talk on teen anxiety is on Thursday.'],
    ['illegal-activity', 'company', 'Anxiety makes us exaggerate everything. If you are filling in a benefits form, ask someone you trust to read it.'],
    ['suspicious-link', 'company', 'New on the blog at zrtherapy.co.uk.Today we look at sleep.'],
  ] as const)('%s stays silent (%s): %s', (detector, account, text) => {
    expect(ruleFindings(text, account, detector)).toEqual([]);
  });

  it.each([
    ['promise', 'company', 'We answer the phone around the clock, every day of the year.'],
    ['sensitive-details-request', undefined, 'Let us know below: your date of birth and your GP surgery.'],
    ['offensive-phrases', 'company', 'Great tits on the new receptionist, lads.'],
    ['third-party-leak', 'personal', 'A friend at the council sent me their internal plans. Grim reading.'],
    ['chain-or-spam', 'personal', 'Share this with ten friends within the hour and your wish will come true.'],
    ['harassing-phrases', undefined, '@dai_j nobody asked you, mate.'],
  ] as const)('%s still flags (%s): %s', (detector, account, text) => {
    expect(ruleFindings(text, account, detector)).not.toEqual([]);
  });
});
