import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMetadata, titledOrganisation } from '../../../src/policy/init/find-metadata.ts';
import { suggestDetectors } from '../../../src/policy/init/suggest-detectors.ts';
import { DETECTOR_IDS } from '../../../src/policy/rules/index.ts';
import { ACME_BAKERY_POLICY } from '../../helpers/acme-bakery-policy.ts';
import { draftedPolicy } from '../../helpers/drafted-policy.ts';

const FERNHILL = readFileSync(new URL('../../../policies/examples/fernhill-advice-centre.txt', import.meta.url), 'utf8');

describe('organisation, owner and dates', () => {
  it('takes the organisation from the title when it names one', () => {
    expect(titledOrganisation('Acme Bakery social media policy')).toBe('Acme Bakery');
    expect(titledOrganisation('Harbour Sailing Club Social Media Policy')).toBe('Harbour Sailing Club');
    expect(titledOrganisation('Social Media Policy – Riverside Dental Practice')).toBe('Riverside Dental Practice');
    expect(titledOrganisation('Social media policy for Greenway Nursery')).toBe('Greenway Nursery');
    expect(titledOrganisation("Acme Bakery's social media policy")).toBe('Acme Bakery');
    expect(findMetadata('Acme Ltd staff must be polite.', 'ACME LTD SOCIAL MEDIA POLICY').organisation).toBe('Acme Ltd');
    for (const generic of ['Social media policy', 'Staff social media policy', 'Our Social Media Policy', 'Volunteer policy']) expect(titledOrganisation(generic)).toBeUndefined();
  });

  it('drafts the organisation, owner and dates from key facts written straight after the title, none of them a heading', () => {
    const document = draftedPolicy(ACME_BAKERY_POLICY);
    expect(document.organisation.name).toBe('Acme Bakery');
    expect(document.owner.name).toBe('Dana Price');
    expect(document.dates).toEqual({ effective: '2025-02-01', nextReview: '2026-02-01' });
    const headings = [...document.sections.map((section) => section.title), ...document.clauses.map((clause) => clause.heading)];
    expect(headings.filter((heading) => /Next review|Policy owner|Effective/.test(heading))).toEqual([]);
    expect(document.sections[0]!.preamble).toContain('Next review date: 01/02/2026');
  });

  it('names a body\'s organisation written with "\'s" twice, reads written-out dates, and prefers the next review date', () => {
    const metadata = findMetadata('Date adopted: 3 March 2025\nLast reviewed: 01/01/2025\nNext review: 3rd March 2026\nGreen Lane Surgery\'s patients come first. Green Lane Surgery\'s staff post carefully.');
    expect(metadata).toMatchObject({ organisation: 'Green Lane Surgery', effective: '2025-03-03', nextReview: '2026-03-03' });
  });
});

describe('advice lists', () => {
  it('makes a "Good habits" list of "-" items the walkthrough, one step per habit', () => {
    const document = draftedPolicy(ACME_BAKERY_POLICY);
    const steps = document.walkthrough?.steps ?? [];
    expect(steps.map((id) => document.clauses.find((clause) => clause.id === id)?.summary)).toEqual([
      'Think before you post.',
      'Be polite, even when others are not.',
      'Check your facts before you share anything.',
    ]);
  });

  it('makes unmarked short pieces under an advice heading, or marked items after "…these habits:", the walkthrough', () => {
    const unmarked = draftedPolicy('Policy\n\nTop tips\n\nKeep posts friendly.\n\nCredit the photographer.\n\nTag the club when you post about a race.\n');
    expect(unmarked.walkthrough?.steps).toHaveLength(3);
    const afterLead = draftedPolicy('Policy\n\nPosting\n\nEveryone should follow these habits:\n• Pause before posting\n• Stay courteous\n• Check before you share\n');
    expect(afterLead.walkthrough).toEqual({ intro: 'Everyone should follow these habits:', steps: expect.arrayContaining([expect.any(String)]) });
    expect(afterLead.walkthrough?.steps).toHaveLength(3);
  });

  it('does not make a plain list under an ordinary heading the walkthrough', () => {
    expect(draftedPolicy('Policy\n\nWhat we post\n\nWe post:\n- opening times\n- events\n- campaign news\n').walkthrough).toBeUndefined();
  });

  it('keeps the Fernhill example\'s good practice as the walkthrough', () => {
    const document = draftedPolicy(FERNHILL);
    expect(document.walkthrough?.steps).toHaveLength(4);
    expect(document.walkthrough?.intro).toBe('Everyone who posts about our work should follow these habits:');
  });
});

describe('detector cues', () => {
  it('does not read a word that merely contains a cue as the cue ("difficult" is not "cult")', () => {
    const purpose = draftedPolicy(FERNHILL).clauses.find((clause) => clause.heading === 'Purpose');
    expect(purpose?.severity).toBe('info');
    expect(suggestDetectors('People come to us at difficult moments, with inspirational stories and images.', DETECTOR_IDS)).toEqual([]);
    expect(suggestDetectors('Look out for security threats.', DETECTOR_IDS)).not.toContain('insult-or-threat');
    expect(suggestDetectors('Materials relating to cults.', DETECTOR_IDS)).toContain('harmful-promotion');
  });

  it('binds rules about the people served, their details and claims about named people to the detectors that find them', () => {
    expect(suggestDetectors('Share any detail that could identify a person we have advised.', DETECTOR_IDS)).toContain('client-disclosure');
    const details = suggestDetectors('Ask anyone to share personal or financial details in a comment.', DETECTOR_IDS);
    expect(details).toEqual(expect.arrayContaining(['personal-data', 'sensitive-details-request']));
    expect(details).not.toContain('business-figures');
    expect(suggestDetectors('Share financial data, financial plans or financial reports.', DETECTOR_IDS)).toContain('business-figures');
    expect(suggestDetectors('Make claims that a named landlord acted dishonestly.', DETECTOR_IDS)).toContain('defamation');
  });
});
