import { describe, expect, it } from 'vitest';
import { explainTopic, type Explanation } from '../../src/policy/explain-clause.ts';
import { loadZrtherapy } from '../helpers/policy.ts';
import { loadTinyPolicy } from '../helpers/tiny-policy.ts';

const policy = loadZrtherapy();
const clauseIds = (explanation: Explanation): string[] => (explanation.kind === 'clauses' ? explanation.clauses.map((clause) => clause.id) : []);

describe('explainTopic', () => {
  it('lists every clause grouped by section when there is no topic', () => {
    const explanation = explainTopic(policy, '   ');
    expect(explanation.kind).toBe('topics');
    if (explanation.kind !== 'topics') return;
    expect(explanation.sections.map((section) => section.title)).toEqual(policy.document.sections.map((section) => section.title));
    const listed = explanation.sections.flatMap((section) => section.clauses.map((clause) => clause.id));
    expect(listed).toEqual(policy.document.clauses.map((clause) => clause.id));
  });

  it('explains a clause by its id, quoting it verbatim with summary and related ids', () => {
    const explanation = explainTopic(policy, 'security.two-factor');
    expect(explanation.kind).toBe('clauses');
    if (explanation.kind !== 'clauses') return;
    const source = policy.document.clauses.find((clause) => clause.id === 'security.two-factor')!;
    expect(explanation.clauses).toEqual([
      { id: source.id, heading: source.heading, quote: source.text, summary: source.summary, related: source.related },
    ]);
  });

  it('accepts an id in capitals and a heading, giving every clause under a shared heading', () => {
    expect(clauseIds(explainTopic(policy, 'SAFE.SPAM'))).toEqual(['safe.spam']);
    expect(clauseIds(explainTopic(policy, 'copyright'))).toEqual([
      'copyright.third-party-material',
      'copyright.sharing-buttons',
      'copyright.illegal-copies',
    ]);
    expect(clauseIds(explainTopic(policy, 'Monitoring social media use'))).toEqual(['enforcement.monitoring', 'enforcement.official-records']);
  });

  it.each([
    ['2fa', 'security.two-factor'],
    ['MFA', 'security.two-factor'],
    ['pasword', 'security.strong-passwords'],
    ['passwrods', 'security.strong-passwords'],
    ['friend requests', 'company.client-friend-requests'],
    ['dodgy links', 'security.suspicious-links'],
    ['gdpr', 'security.data-protection'],
    ['lunch break', 'personal.non-work-times'],
    ['torrent', 'copyright.illegal-copies'],
    ['insta', 'scope'],
  ])('finds "%s" through synonyms, typos and keywords', (topic, expected) => {
    expect(clauseIds(explainTopic(policy, topic))[0]).toBe(expected);
  });

  it('finds a topic that spans clauses ("linkedin dm")', () => {
    expect(clauseIds(explainTopic(policy, 'linkedin dm'))).toContain('security.suspicious-links');
  });

  it.each(['annual leave', 'wifi password', 'best hashtags', 'qwertyuiop'])('says "did you mean" for "%s", never nothing', (topic) => {
    const explanation = explainTopic(policy, topic);
    expect(explanation.kind).toBe('unknown');
    if (explanation.kind !== 'unknown') return;
    expect(explanation.topic).toBe(topic);
    expect(explanation.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of explanation.suggestions) expect(policy.document.clauses.some((clause) => clause.id === suggestion.id)).toBe(true);
  });

  it('says whether its suggestions are near the topic or only places to start', () => {
    const typo = explainTopic(policy, 'annual leave');
    const nowhere = explainTopic(policy, 'qwertyuiop');
    expect(typo.kind === 'unknown' ? typo.near : 'found').toBe(true);
    expect(nowhere.kind === 'unknown' ? nowhere.near : 'found').toBe(false);
  });

  it('works on another organisation’s policy without code changes', () => {
    const tiny = loadTinyPolicy();
    expect(clauseIds(explainTopic(tiny, 'sourdough'))).toEqual(['posting.recipes']);
    expect(clauseIds(explainTopic(tiny, 'tt login'))[0]).toBe('accounts.login');
    expect(clauseIds(explainTopic(tiny, 'Posting about the shop'))).toEqual(['posting.recipes', 'posting.photos']);
    const topics = explainTopic(tiny, '');
    expect(topics.kind === 'topics' && topics.sections.map((section) => section.id)).toEqual(['posting', 'accounts']);
    expect(explainTopic(tiny, 'annual leave').kind).toBe('unknown');
  });
});
