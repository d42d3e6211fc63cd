import { parsePolicyDocument, type ParsedPolicy } from '../../src/policy/policy-document.ts';

/** A second organisation's policy, nothing like ZRTherapy's: proves explain and ask are driven by data. */
export const TINY_POLICY_YAML = `
title: Bakery social media rules
organisation:
  name: Crumb & Co
owner:
  name: Priya Baker
  role: head baker
  contact: priya@crumb.example
dates: { effective: '2024-03-01', nextReview: '2025-03-01' }
sections:
- { id: posting, title: Posting about the shop }
- { id: accounts, title: Shop accounts }
clauses:
- id: posting.recipes
  section: posting
  heading: Secret recipes
  text: Never post our recipes, ingredient lists or oven temperatures online.
  summary: Recipes and ingredients stay secret.
  answer: No — our recipes never go online.
  keywords: [recipe, ingredients, oven, baking secrets]
  questions: [Can I share how we make the sourdough?]
  related: [posting.photos]
- id: posting.photos
  section: posting
  heading: Photos of the counter
  text: Photos of the counter are welcome once the customers in them have agreed.
  summary: Counter photos need the customers' agreement.
  keywords: [photo, picture, customers in shot]
- id: accounts.login
  section: accounts
  heading: Shop account login
  text: The shop's TikTok login stays with the manager on duty.
  summary: Only the manager on duty holds the TikTok login.
  keywords: [login, password]
  detectors: [credential]
synonyms:
  tt: [tiktok]
  pic: [photo]
  sourdough: [recipe]
`;

/** The tiny policy, parsed and validated. */
export const loadTinyPolicy = (): ParsedPolicy => {
  const outcome = parsePolicyDocument(TINY_POLICY_YAML);
  if (!outcome.ok) throw new Error(`tiny policy does not validate:\n${outcome.problems.join('\n')}`);
  return outcome.policy;
};
