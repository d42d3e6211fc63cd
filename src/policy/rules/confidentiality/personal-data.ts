import type { Detector } from '../detector.ts';
import { gated, mayMatch } from '../literal-gate.ts';
import { personalEmailAddresses } from './email-addresses.ts';
import { healthDetails } from './health-details.ts';
import { personalPhoneNumbers } from './phone-numbers.ts';
import { personalAddresses } from './postal-addresses.ts';

const DIGIT = /\d/;
/** Every health state health-details.ts looks for names one of these (a loose, plain-engine gate). */
// Registered with the literal gate: its words are found by the draft's one shared scan, so most
// drafts skip this long alternation without running it.
const HEALTH_WORD = gated(/hospi|intensive|icu|a&e|a and e|rehab|infirmary|royal|general|recover|diagnos|undergo|chemo|radiother|surgery|operation|replacement|treatment|dialysis|ivf|cancer|dementia|covid|leuk|tumo|depress|\bms\b|parkinson|alzheimer|diabet|infection|pneumonia|sepsis|burnout|stress|anxiety|illness|heart attack|stroke|miscarr|breakdown|seizure|fall|mastectomy|hysterectomy|(?:her|his|their|knee|hip|back|heart|eye|shoulder|hernia|spinal|spine|brain|bowel|cancer|foot|ankle|wrist|hand|jaw|keyhole|major|minor|emergency|big|recent|latest|second|third) op\b|biopsy|transplant|bypass|stillbirth|suicide attempt|abortion|overdose|relapse|terminal|motor neurone|sectioned|admitted|epilep|blood pressure|hiv|adhd|bipolar|schizo|thyroid/);

/** Someone's personal data published: phone number, email, home address or health details. */
export const personalData: Detector = {
  id: 'personal-data',
  description: "Someone's personal phone number, personal email, home address or health details.",
  // No `triggers`: an email address has no word every such draft shares (its local part is
  // anything). Instead each part is skipped by a plain test when the draft cannot hold it.
  detect: ({ text, organisation }) => {
    const hasDigit = DIGIT.test(text.folded);
    return [
      ...(hasDigit ? personalPhoneNumbers(text) : []),
      ...(text.folded.includes('@') ? personalEmailAddresses(text, organisation) : []),
      ...(hasDigit ? personalAddresses(text, organisation) : []),
      ...(mayMatch(text, HEALTH_WORD) && HEALTH_WORD.test(text.folded) ? healthDetails(text, organisation) : []),
    ];
  },
};
