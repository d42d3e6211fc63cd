import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../src/policy/init/split-blocks.ts';
import { draftedPolicy } from '../../helpers/drafted-policy.ts';

const FERNHILL = readFileSync(new URL('../../../policies/examples/fernhill-advice-centre.txt', import.meta.url), 'utf8');
const sectionOf = (document: ReturnType<typeof draftedPolicy>, heading: string) => {
  const clause = document.clauses.find((candidate) => candidate.heading === heading);
  return document.sections.find((section) => section.id === clause?.section)?.title;
};

describe('splitBlocks', () => {
  it('reads "Label: value" key facts as paragraphs, not headings', () => {
    const blocks = splitBlocks('Acme Bakery social media policy\nPolicy owner: Dana Price\nNext review date: 01/02/2026\nSection 2: Personal accounts\n');
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'heading']);
  });

  it('tells numbered headings from numbered list items, and says how deep a heading is', () => {
    const blocks = splitBlocks('1. Purpose\nText.\n2.1 What you must never do\nNever:\n1. Post a photo\n2. Share a login\n2.2 Personal accounts\n## Breaches\n');
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Purpose', level: 1, numbered: true },
      { kind: 'paragraph', text: 'Text.' },
      { kind: 'heading', text: 'What you must never do', level: 2, numbered: true },
      { kind: 'paragraph', text: 'Never:' },
      { kind: 'paragraph', text: '1. Post a photo', item: true },
      { kind: 'paragraph', text: '2. Share a login', item: true },
      { kind: 'heading', text: 'Personal accounts', level: 2, numbered: true },
      { kind: 'heading', text: 'Breaches', level: 2 },
    ]);
  });

  it('ends a bulleted list at a numbered heading straight after it', () => {
    const blocks = splitBlocks('2. What you must not do\nStaff must not:\n- post photos of patients\n- swear\n3. Good practice\nOur advice:\n- Be polite.\n');
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(['What you must not do', 'Good practice']);
  });

  it('goes on with a list whose items switch from bullets to numbers when no numbered heading came before', () => {
    const blocks = splitBlocks('You must not:\n- share passwords\n- post client details\n3. Criticise competitors\n4. Swear\n');
    expect(blocks.filter((block) => block.kind === 'heading')).toEqual([]);
    expect(blocks.filter((block) => block.kind === 'paragraph' && block.item === true)).toHaveLength(4);
  });

  it('reads "-", "*", "•" and unmarked lines under a lead as items, and a line broken inside an item as part of it', () => {
    const blocks = splitBlocks('Do not:\nShare names\nPost photos\n\nTips\n* Keep it friendly\n• Tag the club when you post about a\n  race\n- Be kind');
    expect(blocks.map((block) => [block.kind, block.text.trim(), block.kind === 'paragraph' && block.item === true])).toEqual([
      ['paragraph', 'Do not:', false],
      ['paragraph', 'Share names', true],
      ['paragraph', 'Post photos', true],
      ['heading', 'Tips', false],
      ['paragraph', '* Keep it friendly', true],
      ['paragraph', '• Tag the club when you post about a race', true],
      ['paragraph', '- Be kind', true],
    ]);
  });
});

describe('sections', () => {
  it('puts the Fernhill example\'s "Personal accounts" and "Breaches" in sections of their own, not under "Respect and fairness"', () => {
    const document = draftedPolicy(FERNHILL);
    expect(sectionOf(document, 'Personal accounts')).toBe('Personal accounts');
    expect(sectionOf(document, 'Breaches')).toBe('Breaches');
    expect(sectionOf(document, 'Who may post')).toBe("The charity's own accounts");
    expect(sectionOf(document, 'Purpose')).toBe('About this policy');
    expect(document.sections.map((section) => section.title)).toEqual([
      'About this policy',
      'Good practice',
      "The charity's own accounts",
      'Protecting the people we help',
      'Respect and fairness',
      'Personal accounts',
      'Breaches',
    ]);
  });

  it('follows numbered headings: "2.1" sits in the section "2." opens, "3." opens the next', () => {
    const document = draftedPolicy(
      'Social Media Policy - Riverside Dental Practice\n\n1. Purpose\nThis policy explains how we use social media.\n\n2. Rules for everyone\n2.1 Photos\nNever post a photo of a patient.\n2.2 Personal accounts\nYou may say you work here.\n\n3. Breaches\nA breach may lead to disciplinary action.\n',
    );
    expect(document.sections.map((section) => section.title)).toEqual(['Purpose', 'Rules for everyone', 'Breaches']);
    expect(sectionOf(document, 'Photos')).toBe('Rules for everyone');
    expect(sectionOf(document, 'Personal accounts')).toBe('Rules for everyone');
    expect(sectionOf(document, 'Breaches')).toBe('Breaches');
  });

  it('does not take a numbered first heading for the title', () => {
    const document = draftedPolicy('1. Purpose\nThis policy explains how Acme Ltd staff use social media.\n\n2. Rules\nStaff must not:\n- Share passwords.\n- Post photos of customers.\n');
    expect(document.title).toBe('Social media policy');
    expect(document.sections.map((section) => section.title)).toEqual(['Purpose', 'Rules']);
  });

  it('follows markdown heading levels, and keeps a section\'s introduction as its preamble', () => {
    const document = draftedPolicy('# Acme policy\n\n## Our accounts\n\nThis section covers the company pages.\n\n### Who may post\n\nOnly the marketing team.\n\n### Passwords\n\nKeep them safe.\n\n## Breaches\n\nBreaches are serious.\n');
    expect(document.sections.map((section) => [section.title, section.preamble])).toEqual([
      ['Our accounts', ['This section covers the company pages.']],
      ['Breaches', []],
    ]);
    expect(sectionOf(document, 'Passwords')).toBe('Our accounts');
  });
});
