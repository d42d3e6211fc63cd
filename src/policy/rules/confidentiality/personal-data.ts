import type { Detector } from '../detector.ts';
import { personalEmailAddresses } from './email-addresses.ts';
import { healthDetails } from './health-details.ts';
import { personalPhoneNumbers } from './phone-numbers.ts';
import { personalAddresses } from './postal-addresses.ts';

/** Someone's personal data published: phone number, email, home address or health details. */
export const personalData: Detector = {
  id: 'personal-data',
  description: "Someone's personal phone number, personal email, home address or health details.",
  detect: ({ text, organisation }) => [
    ...personalPhoneNumbers(text),
    ...personalEmailAddresses(text, organisation),
    ...personalAddresses(text, organisation),
    ...healthDetails(text, organisation),
  ],
};
