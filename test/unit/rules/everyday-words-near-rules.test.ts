import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

/**
 * Ordinary posts that share words with a rule (a job title, a shop's address, a dish, a turn of
 * phrase), each beside a draft in the same words that the rule must still catch. Detector ids are
 * compared whole, so a finding of the learned model ("learned:promise") is not the rule.
 */
const checker = zrtherapyChecker();
const detectorsIn = (text: string): string[] => checker.check({ text }).findings.map((finding) => finding.detector);

describe('everyday words near a rule', () => {
  it.each([
    ['competitor-mention', 'We are hiring! Join us as Practice Administrator, three days a week.', 'Harbour Counselling in Leeds has opened a second clinic.'],
    ['competitor-mention', 'Vacancy: Child & Adolescent Therapist, maternity cover, apply by Friday.', 'Have you tried Oakview Therapy? They do evening sessions too.'],
    ['competitor-mention', 'Proud to have passed my EMDR Level 3 assessment today!', 'Proud to see Riverside Therapy Training open its doors today!'],
    ['personal-data', 'Thank you to Crumbs 42 on Dale Street for the cakes at our open day!', 'Please return the keys to Martin of 42 Dale Street.'],
    ['credential', "If your password's been the same since 2019, change it today.", "The page password's 'tulips44' until Friday."],
    ['public-case-handling', "Thanks for the message! We can't discuss booking details on here, so please ring reception.", 'Sorry for the mix-up! Post your booking details below and we will sort it.'],
    ['offensive-content', 'Faggots and peas at the chippy, a proper Black Country tea.', 'Those faggots from the gym were staring again.'],
    ['promise', 'Hand on heart, a cold flannel on the neck beats any fan.', "Hand on heart, we'll have you booked in this week."],
    ['promise', 'Toast lands butter side down every single time.', 'Your certificate will be in the post tomorrow without fail.'],
    ['client-disclosure', 'A man I see at the allotments every Sunday gave us his spare runner beans.', 'A man I see on Thursdays finally told his wife about the debts.'],
    ['insult-or-threat', 'Happy birthday to this daft lump, love you loads.', 'Move your car, you absolute lump.'],
  ])('%s: leaves %j, still flags %j', (detector, fine, flagged) => {
    expect(detectorsIn(fine)).not.toContain(detector);
    expect(detectorsIn(flagged)).toContain(detector);
  });
});
