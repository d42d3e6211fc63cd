import { describe, expect, it } from 'vitest';
import type { Account } from '../../../src/policy/types.ts';
import { zrtherapyChecker } from '../../helpers/policy.ts';

/**
 * Problems said in passing inside an otherwise warm post, in everyday wording rather than a
 * rule's stock phrase: each case names the rule that must find it and the clause it cites.
 */
const checker = zrtherapyChecker();
const ruleClauses = (text: string, account: Account | undefined, detector: string) =>
  checker.check({ text, account }).findings.filter((finding) => finding.detector === detector).map((finding) => finding.clause);

describe('rules find problems said in passing', () => {
  it.each([
    ['harassing-phrases', 'safe.harassment', 'personal', 'Lovely walk on the prom. The lads shouting at the swans, though? Some people shouldn\'t be allowed to reproduce.'],
    ['harassing-phrases', 'safe.harassment', undefined, 'Thanks for the comment, Rhys. For someone who has read one article, you\'re incredibly clueless.'],
    ['harassing-phrases', 'safe.harassment', 'company', 'Great turnout from the college students today. Honestly, the over-60s are a burden on the rest of us.'],
    ['harassing-phrases', 'safe.harassment', 'personal', 'Sponsored walk done! To the mates who promised money and vanished: I\'m naming and shaming you all tomorrow.'],
    ['insult-or-threat', 'safe.harassment', 'personal', 'Food bank drop done. No thanks to the miserable git at the post office counter.'],
    ['defamation', 'safe.defamation', undefined, 'We no longer recommend the Lantern Fund: its director, Paul Weir, has been siphoning donations for years.'],
    ['defamation', 'safe.defamation', undefined, 'About that newspaper piece: their columnist Gwen Price invented quotes from us, as she always does.'],
    ['third-party-leak', 'security.third-party-confidential', 'personal', 'So proud of my cousin Nia, who told me in confidence she has applied to run the youth service. Her manager has no idea!'],
    ['business-figures', 'security.confidential-information', 'company', 'Busy autumn! Thirty-two new clients on our books since August, so please bear with us.'],
    ['business-figures', 'security.confidential-information', 'company', 'Apologies for slow replies: the waitlist is sitting at twenty-six right now.'],
    ['business-figures', 'security.confidential-information', 'company', 'Christmas vouchers flew out: we sold 150 of them, about £11k, thank you all!'],
    ['colleague-disclosure', 'safe.discussing-others', 'company', 'The damp is finally fixed, after our landlord Mr Pugh ignored six emails and three calls about it.'],
    ['suspicious-link', 'security.suspicious-links', 'company', 'Spring sale! Book your half-price taster at zrtherapy.co.uk.spring-offers.top before Friday.'],
    ['suspicious-link', 'security.suspicious-links', 'company', 'Our booking system has moved to zr-therapy-bookings.net, please sign in there from today.'],
    ['piracy', 'copyright.illegal-copies', 'personal', 'Not in UK cinemas yet, but a magnet link is going around and it downloads in minutes.'],
    ['piracy', 'copyright.illegal-copies', 'company', 'Loving the whale-song album in the waiting room? Dylan ripped it off Spotify into MP3s, so ask for a copy on a stick.'],
    ['piracy', 'copyright.illegal-copies', 'company', 'No need to pay for Netflix for the film club: there is a site where it\'s free, just ask me for the link.'],
    ['illegal-activity', 'safe.illegal-activity', 'company', 'Insurer only pays for diagnosed conditions? We can put a depression diagnosis on the invoice for you.'],
    ['illegal-activity', 'safe.illegal-activity', undefined, 'Short on placement hours? Our supervisor can backdate your timesheets, no questions asked.'],
    ['illegal-activity', 'safe.illegal-activity', undefined, 'Benefit assessment tip: overstate your symptoms, everyone does, and we will back you up in a letter.'],
    ['illegal-activity', 'safe.illegal-activity', 'company', 'Any local cafés fancy a review swap this month? Five stars each way.'],
    ['chain-or-spam', 'safe.spam', undefined, 'This happened to a friend of a friend! Send this to every mum you know tonight.'],
    ['chain-or-spam', 'safe.spam', 'personal', 'repost this owl 7 times before bed and ur wish comes true 🦉'],
    ['promise', 'advice.no-unchecked-promises', 'company', 'Our family therapists can mend any relationship, however stuck it feels.'],
    ['personal-data', 'security.data-protection', 'company', 'Found a set of keys by the door: they belong to Mr Dafydd Rowlands, 14 Heol Fach, Pontypridd.'],
    ['competitor-mention', 'safe.competitors', undefined, 'Quick answer to a common question: no, our counselling service is not connected to Calmwell, though the names sound alike.'],
    ['competitor-mention', 'safe.competitors', 'company', 'Our sessions are £65. For comparison, Brightnest charge a bit more for evenings, so do shop around.'],
    ['competitor-mention', 'safe.competitors', 'company', 'Our new Urdu-speaking counsellor starts soon! At last an alternative to Mindora\'s phone-only service.'],
    ['political-or-religious-view', 'safe.unsolicited-views', 'company', 'Lovely open day, thank you all! Honestly, it is long past time Scotland goes independent.'],
    ['political-or-religious-view', 'safe.unsolicited-views', 'company', 'Every counsellor should sign the letter on puberty blockers this week; stay quiet and you\'re complicit.'],
    // Found by an independent review: real problems the first version of a fix let through.
    ['third-party-leak', 'security.third-party-confidential', undefined, 'A friend at Harbour Counselling sent me their internal plans. We don\'t comment on rumours, but here\'s what it says: two branches close.'],
    ['sensitive-details-request', 'security.data-protection', 'company', 'Please DM us, with your full address and date of birth, and we will book you in.'],
    ['promise', 'advice.no-unchecked-promises', 'company', 'We promise that clients who had to cancel in the snow won\'t be charged.'],
    ['promise', 'advice.no-unchecked-promises', 'company', 'Ring our team, who answer day or night.'],
    ['credential', 'security.strong-passwords', 'company', 'Staff reminder: the login to the booking system\'s Harbour!2024 until IT resets it.'],
    ['suspicious-link', 'security.suspicious-links', 'company', 'Book your winter taster at zrtherapy.co.uk.top this week!'],
  ] as const)('%s finds it (%s, %s): %s', (detector, clause, account, text) => {
    expect(ruleClauses(text, account, detector)).toContain(clause);
  });

  it.each([
    ['harassing-phrases', 'personal', 'We will not be naming and shaming anyone; just a reminder to be kind.'],
    ['harassing-phrases', 'company', 'Our over-50s walking group had a lovely time at the lake.'],
    ['business-figures', 'company', 'Our waitlist is currently about six weeks, and we cannot wait to meet you.'],
    ['business-figures', 'company', 'Quiz night sold 40 tickets at £5, all money raised going to the food bank.'],
    ['defamation', undefined, 'My daughter made the whole thing up herself for the school play.'],
    ['illegal-activity', 'personal', 'I exaggerate everything when I am tired, sorry for the dramatic post.'],
    ['piracy', 'personal', 'Never use a magnet link from a stranger: they carry malware.'],
    ['chain-or-spam', 'personal', 'Happy birthday, Cerys! Make a wish, and may it come true.'],
    ['personal-data', 'company', 'Our new rooms are at 5 Heol y Deri, Cardiff: step-free and near the bus stop.'],
    ['competitor-mention', 'company', 'Our approach is different from Freud\'s: we focus on what is happening now.'],
    ['competitor-mention', 'company', 'We are different from Samaritans: they are there any time, we offer booked sessions.'],
    ['political-or-religious-view', 'company', 'Book early for January: the sooner the better!'],
    ['political-or-religious-view', 'company', 'Our budget was cut to the bone this year, so thank you for every donation.'],
  ] as const)('%s stays silent (%s): %s', (detector, account, text) => {
    expect(ruleClauses(text, account, detector)).toEqual([]);
  });
});
