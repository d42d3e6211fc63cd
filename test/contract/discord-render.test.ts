import { describe, expect, it } from 'vitest';
import { POLICY_COMMANDS, POLICY_SLASH_COMMAND, POLICY_SUBCOMMANDS } from '../../src/adapters/discord/command-data.ts';
import { render } from '../../src/adapters/discord/render.ts';
import { toBotRequest } from '../../src/adapters/discord/to-request.ts';
import type { Reply } from '../../src/commands/request.ts';
import { buttonPress } from './discord-payloads.ts';

const cautionReply: Reply = {
  visibility: 'private',
  blocks: [
    { type: 'heading', text: 'CAUTION: check before posting' },
    { type: 'finding', clause: 'company.authorised-users', severity: 'caution', reason: 'Only named people post for the practice.', excerpt: 'hey @everyone *new* offer' },
    { type: 'fields', fields: [{ label: 'Account', value: 'company' }] },
    { type: 'actions', buttons: [{ actionId: 'walkthrough_next', label: 'Next', value: '2' }, { actionId: 'walkthrough_done', label: 'I have read it', value: 'v1', style: 'primary' }] },
    { type: 'context', text: 'Asked by you only' },
  ],
  fallbackText: 'CAUTION company.authorised-users: Only named people post for the practice.',
};

describe('Discord render', () => {
  it('puts the verdict word and clause ids in the embed description', () => {
    const message = render(cautionReply);
    expect(message.embeds).toHaveLength(1);
    const description = message.embeds[0]?.description ?? '';
    expect(description).toContain('CAUTION');
    expect(description).toContain('company.authorised-users');
    expect(message.embeds[0]?.color).toBe(0xf0b232);
  });

  it('never lets a quoted draft mention anyone, and escapes its markdown', () => {
    const message = render(cautionReply);
    expect(message.allowedMentions).toEqual({ parse: [] });
    expect(message.embeds[0]?.description).toContain('\\*new\\*');
  });

  it('keeps the command layer’s `code` as code while escaping other markdown', () => {
    const reply: Reply = { visibility: 'private', blocks: [{ type: 'text', text: 'Run `walkthrough` to *read* it' }], fallbackText: 'Run walkthrough' };
    expect(render(reply).embeds[0]?.description).toBe('Run `walkthrough` to \\*read\\* it');
  });

  it('renders buttons whose custom_id routes back to the same action and value', () => {
    const { components } = render(cautionReply);
    expect(components).toHaveLength(1);
    const buttons = components[0]?.components ?? [];
    expect(buttons.map((button) => [button.label, button.style])).toEqual([
      ['Next', 2],
      ['I have read it', 1],
    ]);
    const pressed = toBotRequest({ source: 'interaction', payload: buttonPress(buttons[1]?.custom_id ?? '') });
    expect(pressed).toMatchObject({ kind: 'button', actionId: 'walkthrough_done', value: 'v1' });
  });

  it('falls back to plain content when the answer does not fit an embed', () => {
    const long: Reply = { visibility: 'private', blocks: [{ type: 'text', text: 'x'.repeat(5000) }], fallbackText: `STOP some.clause ${'x'.repeat(3000)}` };
    const message = render(long);
    expect(message.embeds[0]?.description?.length).toBeLessThanOrEqual(4096);
    expect(message.content?.length).toBeLessThanOrEqual(2000);
    expect(message.content).toContain('STOP some.clause');
    expect(render(cautionReply).content).toBeUndefined();
  });
});

describe('Discord command data', () => {
  const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

  it('declares /policy with every subcommand of the grammar and the message command', () => {
    expect(POLICY_SUBCOMMANDS.map((sub) => sub.name)).toEqual(['check', 'explain', 'ask', 'walkthrough', 'grants', 'grant', 'revoke', 'approve', 'unapprove', 'status', 'audit', 'help']);
    expect(POLICY_COMMANDS.map((command) => [command.type, command.name])).toEqual([
      [1, 'policy'],
      [3, 'Check against policy'],
    ]);
  });

  it('meets Discord’s rules for names, descriptions and option order', () => {
    const policy = POLICY_SLASH_COMMAND;
    for (const sub of policy.options) {
      expect(sub.name).toMatch(NAME);
      expect(sub.description.length).toBeGreaterThan(0);
      expect(sub.description.length).toBeLessThanOrEqual(100);
      const required = sub.options.map((option) => option.required === true);
      // Discord rejects a required option after an optional one.
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
      for (const option of sub.options) {
        expect(option.name).toMatch(NAME);
        expect(option.description.length).toBeLessThanOrEqual(100);
      }
    }
    const explain = policy.options.find((sub) => sub.name === 'explain');
    expect(explain?.options[0]).toMatchObject({ name: 'topic', autocomplete: true });
  });
});
