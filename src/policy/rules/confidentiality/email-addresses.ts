import type { FoldedText } from '../../normalise-text.ts';
import type { OrganisationFacts, Signal } from '../detector.ts';
import { findAll } from '../match.ts';

/**
 * Personal email addresses. The organisation's own domains are its business (staff work
 * addresses included), and role addresses such as info@ or hello@ on any domain belong to an
 * organisation, not a person.
 */

const EMAIL = /(?<![\p{L}\p{N}._%+-])[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5}(?![\p{L}\p{N}-])/gu;

const ROLE_MAILBOXES = new Set([
  'info', 'hello', 'hi', 'contact', 'admin', 'enquiries', 'enquiry', 'inquiries', 'office', 'reception', 'bookings', 'booking',
  'support', 'team', 'help', 'mail', 'press', 'media', 'hr', 'jobs', 'careers', 'recruitment', 'accounts', 'billing', 'finance',
  'noreply', 'no-reply', 'sales', 'referrals', 'appointments', 'privacy', 'dpo', 'data', 'feedback', 'complaints', 'events',
  'workshops', 'training', 'marketing', 'general', 'membership', 'secretary', 'clinic', 'practice', 'therapy', 'counselling',
  'webmaster', 'postmaster', 'abuse', 'security', 'service', 'services', 'customerservice', 'customer.service', 'volunteer',
  'volunteers', 'donations', 'fundraising', 'safeguarding', 'wellbeing',
]);

const isOwnDomain = (domain: string, ownDomains: readonly string[]): boolean =>
  ownDomains.some((own) => domain === own.toLowerCase() || domain.endsWith(`.${own.toLowerCase()}`));

/** Personal email addresses in the draft, each a signal whose edit drops the address. */
export const personalEmailAddresses = (text: FoldedText, organisation: OrganisationFacts): Signal[] =>
  findAll(text, EMAIL).flatMap((match) => {
    const [local = '', domain = ''] = match.text.replace(/\.$/, '').split('@');
    if (isOwnDomain(domain, organisation.ownDomains) || ROLE_MAILBOXES.has(local)) return [];
    return [{
      span: match.span,
      reason: "Publishes someone's personal email address, which is personal data.",
      edit: { kind: 'replace', with: '[email removed]' },
    }];
  });
