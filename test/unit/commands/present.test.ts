import { describe, expect, it } from 'vitest';
import { makeReply, plainText } from '../../../src/commands/present/make-reply.ts';
import { MAX_FINDINGS_SHOWN, presentCheck } from '../../../src/commands/present/check-reply.ts';
import { presentFault, presentUserError } from '../../../src/commands/present/error-reply.ts';
import { presentHelp } from '../../../src/commands/present/help-reply.ts';
import { COMMAND_HELP } from '../../../src/commands/command-list.ts';
import { UserError } from '../../../src/policy/errors.ts';
import type { CheckResult, Finding } from '../../../src/policy/types.ts';
import { loadZrtherapy } from '../../helpers/policy.ts';

const finding = (clause: string, span: [number, number], extra: Partial<Finding> = {}): Finding => ({
  clause,
  span,
  reason: `reason for ${clause}`,
  severity: 'stop',
  detector: 'test',
  ...extra,
});

describe('plainText', () => {
  it('carries every block\'s words, each finding\'s severity word and clause, each quote\'s source, no buttons', () => {
    const text = plainText([
      { type: 'heading', text: 'Title' },
      { type: 'finding', clause: 'safe.spam', severity: 'caution', reason: 'Looks like a chain letter.', excerpt: 'share now', rewrite: 'Better text' },
      { type: 'quote', text: 'line one\nline two', source: 'safe.spam' },
      { type: 'fields', fields: [{ label: 'A', value: 'b' }] },
      { type: 'actions', buttons: [{ actionId: 'walkthrough.next', label: 'Next', value: '1' }] },
      { type: 'context', text: 'small print' },
    ]);
    expect(text).toBe(
      ['Title', 'CAUTION safe.spam: Looks like a chain letter. "share now"\n  Try instead: Better text', '> line one\n> line two\n(safe.spam)', 'A: b', 'small print'].join('\n'),
    );
  });

  it('makeReply is private unless told otherwise', () => {
    expect(makeReply([{ type: 'text', text: 'hi' }])).toEqual({ visibility: 'private', blocks: [{ type: 'text', text: 'hi' }], fallbackText: 'hi' });
    expect(makeReply([], 'shared').visibility).toBe('shared');
  });
});

describe('presentCheck', () => {
  const draft = 'Call 07700 900111 now, my 4pm client is lovely';

  it('groups one signal citing several clauses into one block naming them all', () => {
    const result: CheckResult = {
      verdict: 'stop',
      findings: [finding('security.data-protection', [5, 17]), finding('safe.discussing-others', [22, 36], { reason: 'Names a client.' }), finding('security.confidential-information', [22, 36], { reason: 'Names a client.' })],
    };
    const reply = presentCheck(draft, result, 'personal');
    const blocks = reply.blocks.filter((block) => block.type === 'finding');
    expect(blocks.map((block) => block.type === 'finding' && [block.clause, block.excerpt])).toEqual([
      ['security.data-protection', '07700 900111'],
      ['safe.discussing-others, security.confidential-information', 'my 4pm client'],
    ]);
    expect(reply.fallbackText).toMatch(/^STOP: don't post this\./);
    for (const { clause } of result.findings) expect(reply.fallbackText).toContain(clause);
    expect(reply.fallbackText).toContain('Checked for a personal account.');
  });

  it('shows the rewrite once', () => {
    const result: CheckResult = { verdict: 'stop', findings: [finding('a.one', [0, 4], { rewrite: 'R' }), finding('a.two', [5, 9], { rewrite: 'R' })] };
    expect(presentCheck(draft, result, undefined).fallbackText.match(/Try instead: R/g)).toHaveLength(1);
  });

  it('counts the findings it does not show and still names their clauses', () => {
    const findings = Array.from({ length: MAX_FINDINGS_SHOWN + 2 }, (_, index) => finding(`c.n${index}`, [index, index + 1]));
    const reply = presentCheck(draft, { verdict: 'stop', findings }, undefined);
    expect(reply.blocks.filter((block) => block.type === 'finding')).toHaveLength(MAX_FINDINGS_SHOWN);
    expect(reply.fallbackText).toContain(`2 more finding(s), citing c.n${MAX_FINDINGS_SHOWN}, c.n${MAX_FINDINGS_SHOWN + 1}.`);
  });

  it('says OK and CAUTION with their meanings', () => {
    expect(presentCheck('hi', { verdict: 'ok', findings: [] }, undefined).fallbackText).toMatch(/^OK: fine to post\.\nNothing in this draft/);
    expect(presentCheck('hi', { verdict: 'caution', findings: [finding('x.y', [0, 2], { severity: 'caution' })] }, undefined).fallbackText).toMatch(/^CAUTION: check before posting\.\nCAUTION x\.y/);
  });

  it('shortens a long excerpt', () => {
    const long = 'a'.repeat(200);
    const reply = presentCheck(long, { verdict: 'stop', findings: [finding('x.y', [0, 200])] }, undefined);
    const block = reply.blocks.find((candidate) => candidate.type === 'finding');
    expect(block?.type === 'finding' && block.excerpt.length).toBe(80);
  });
});

describe('errors and help', () => {
  it('a user error is its message; a fault an apology with the reference', () => {
    expect(presentUserError(new UserError('missing-argument', 'Do this instead.')).fallbackText).toBe('Do this instead.');
    const fault = presentFault('ref-abc123');
    expect(fault.fallbackText).toMatch(/^Sorry.*ref-abc123/);
    expect(fault.visibility).toBe('private');
  });

  it('help lists every command and marks the owners\' ones', () => {
    const policy = loadZrtherapy();
    const text = presentHelp(policy, false).fallbackText;
    for (const entry of COMMAND_HELP) expect(text).toContain(entry.usage);
    expect(text).toMatch(/grant @user account <name> \[--until YYYY-MM-DD\] \[--reason …\]: .*\(policy owners only\)/);
    expect(text).toContain('Policy owner: Zayna Ratty.');
    expect(presentHelp(policy, true).fallbackText).toContain('You are a policy owner');
  });
});

describe('presentCheck groups repeated findings', () => {
  it('quotes every place of one reason for one clause in a single finding', async () => {
    const { presentCheck } = await import('../../../src/commands/present/check-reply.ts');
    const draft = 'secret one and secret two';
    const finding = (start: number, end: number) => ({ clause: 'security.confidential-information', span: [start, end] as const, reason: 'Not announced yet.', severity: 'stop' as const, detector: 'business-figures' });
    const reply = presentCheck(draft, { verdict: 'stop', findings: [finding(0, 10), finding(15, 25)] }, undefined);
    const findings = reply.blocks.filter((block) => block.type === 'finding');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ excerpt: 'secret one … secret two' });
  });
});
