import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftedPolicy } from '../../helpers/drafted-policy.ts';

/**
 * Every item of a prohibition list is a `stop` clause whose summary says it is forbidden and
 * whose quote keeps the line that forbids it: "Share a customer's phone number." on its own
 * reads as permission.
 */
const itemsOf = (text: string, fragment: string) => draftedPolicy(text).clauses.filter((clause) => clause.text.includes(fragment));

const LAYOUTS = [
  {
    name: '"must not:" with "-" items under a heading, key facts after the title',
    text: "Acme Bakery social media policy\nPolicy owner: Dana Price\n\nCustomers\n\nStaff must not:\n- Share a customer's name or phone number.\n- Post photos of customers without asking them first.\n- Reply to a complaint in public.\n",
    lead: 'Staff must not:',
    summaries: [
      "Staff must not share a customer's name or phone number.",
      'Staff must not post photos of customers without asking them first.',
      'Staff must not reply to a complaint in public.',
    ],
  },
  {
    name: '"are not allowed to:" with "•" items in lower case, title-case headings',
    text: "Harbour Sailing Club Social Media Policy\n\nThings We Ask\n\nMembers are not allowed to:\n\n• post pictures of junior members without a parent's written consent\n• use the club's name to promote a business\n• share other members' contact details\n",
    lead: 'Members are not allowed to:',
    summaries: [
      "Members are not allowed to post pictures of junior members without a parent's written consent.",
      "Members are not allowed to use the club's name to promote a business.",
      "Members are not allowed to share other members' contact details.",
    ],
  },
  {
    name: '"Never:" with numbered items under numbered headings',
    text: "Social Media Policy - Riverside Dental\n\n1. Rules\n1.1 Patients\nNever:\n1. Post a photo of a patient, even with their face hidden.\n2. Discuss a patient's treatment online\n3. Share the practice's login details\n",
    lead: 'Never:',
    summaries: ['Never post a photo of a patient, even with their face hidden.', "Never discuss a patient's treatment online.", "Never share the practice's login details."],
  },
  {
    name: '"Do not:" with "*" items, and paragraphs as items after "should never:"',
    text: 'Club policy\n\nReplying to criticism\n\nDo not:\n* argue with critics in public\n* delete fair criticism from our page\n\nStaff should never:\n\nAccept friend requests from parents.\n\nGive out their personal number.\n',
    lead: ':',
    summaries: [
      'Do not argue with critics in public.',
      "Do not delete fair criticism from our page.",
      'Staff should never accept friend requests from parents.',
      'Staff should never give out their personal number.',
    ],
  },
];

describe('prohibition lists', () => {
  for (const layout of LAYOUTS) {
    it(`makes each item a stop clause that says it is forbidden: ${layout.name}`, () => {
      const items = itemsOf(layout.text, layout.lead);
      expect(items.map((clause) => clause.summary)).toEqual(layout.summaries);
      for (const clause of items) {
        expect(clause.severity).toBe('stop');
        expect(clause.text.split('\n\n')[0]).toMatch(/:$/); // the quote starts with the line that forbids
      }
    });
  }

  it('keeps a name capitalised when it starts an item ("Facebook"), and lowers an ordinary verb', () => {
    const text = 'Policy\n\nRules\n\nStaff must not:\n\nFacebook Live any session with a client.\n\nShare passwords with anyone on Facebook or Instagram.\n';
    expect(itemsOf(text, 'Staff must not:').map((clause) => clause.summary)).toEqual([
      'Staff must not Facebook Live any session with a client.',
      'Staff must not share passwords with anyone on Facebook or Instagram.',
    ]);
  });

  it('keeps the colon when the lead does not read on into the item, and leaves an item that forbids by itself as it is', () => {
    const text = 'Policy\n\nProhibited uses\n\nThe following are prohibited:\n- Sharing passwords.\n- Never post while angry.\n';
    expect(itemsOf(text, 'prohibited:').map((clause) => clause.summary)).toEqual(['The following are prohibited: sharing passwords.', 'Never post while angry.']);
  });

  it('splits "Dos and don\'ts": the dos are advice, each don\'t a stop clause that reads "Don\'t …"', () => {
    const document = draftedPolicy("ACME LTD SOCIAL MEDIA POLICY\r\n\r\nDOS AND DON'TS\r\n\r\nDo:\r\n- Be polite\r\n- Credit photos\r\n- Tag us in posts\r\n\r\nDon't:\r\n- Swear in posts\r\n- Share customer details\r\n");
    expect(document.walkthrough).toEqual({ steps: ['dos-donts.be-polite', 'dos-donts.credit-photos', 'dos-donts.tag-us-posts'] });
    expect(document.clauses.filter((clause) => clause.severity === 'stop').map((clause) => clause.summary)).toEqual(["Don't swear in posts.", "Don't share customer details."]);
  });

  it('takes a heading such as "Things you must not do" as the lead of the list under it', () => {
    const clauses = draftedPolicy('Policy\n\nThings you must not do\n\n- Share client names.\n- Post photos of clients.\n').clauses;
    expect(clauses.map((clause) => [clause.summary, clause.severity])).toEqual([
      ['Things you must not do: share client names.', 'stop'],
      ['Things you must not do: post photos of clients.', 'stop'],
    ]);
  });

  it('ends a marked list at the first paragraph that is not an item or an explanation', () => {
    const clauses = draftedPolicy('Policy\n\nCustomers\n\nStaff must not:\n- Share a customer\'s name.\n- Post photos of customers.\nBreaking these rules may lead to disciplinary action.\n').clauses;
    expect(clauses.map((clause) => clause.severity)).toEqual(['stop', 'stop', 'info']);
    expect(clauses[2]!.summary).toBe('Breaking these rules may lead to disciplinary action.');
  });

  it('keeps an exception with the rule it qualifies instead of making it a rule ("If…", "Unless…")', () => {
    const clauses = draftedPolicy('Policy\n\nCopyright\n\nUsers may not use social media to:\n\nShare copyrighted material owned by others.\n\nIf a website has sharing buttons, you may share from it.\n\nShare links to illegal copies of films.\n').clauses;
    expect(clauses).toHaveLength(2);
    expect(clauses[0]!.text).toContain('If a website has sharing buttons');
  });

  it('drafts every "must not" item of the Fernhill example as a stop clause that says so', () => {
    const text = readFileSync(new URL('../../../policies/examples/fernhill-advice-centre.txt', import.meta.url), 'utf8');
    const items = itemsOf(text, 'Staff and volunteers must not:');
    expect(items).toHaveLength(6);
    for (const clause of items) {
      expect(clause.severity).toBe('stop');
      expect(clause.summary).toMatch(/^Staff and volunteers must not [a-z]/);
    }
    expect(items[0]!.summary).toBe(
      'Staff and volunteers must not share any detail that could identify a person we have advised, including their name, street, landlord, case or circumstances, even if they seem happy for us to.',
    );
  });
});

describe('a clause that forbids by itself', () => {
  it('is a stop clause', () => {
    const clause = draftedPolicy('Policy\n\nOn shift\n\nStaff must not post from the shop floor while serving.\n').clauses[0]!;
    expect(clause.detectors).toEqual([]);
    expect(clause.severity).toBe('stop');
  });
});
