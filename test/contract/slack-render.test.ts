import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/commands/request.ts';
import { escapeMrkdwn, render, renderHome } from '../../src/adapters/slack/render.ts';

const stopReply: Reply = {
  visibility: 'private',
  blocks: [
    { type: 'heading', text: 'STOP: do not post this' },
    {
      type: 'finding',
      clause: 'confidentiality.clients',
      severity: 'stop',
      reason: 'It could identify someone who comes to the practice.',
      excerpt: 'saw <!channel> at 3pm & she was upset',
      rewrite: 'Talk about the topic in general terms.',
    },
    { type: 'quote', text: 'Never share anything\nthat could identify a client.', source: 'confidentiality.clients' },
    { type: 'fields', fields: [{ label: 'Account', value: 'personal' }] },
    { type: 'actions', buttons: [{ actionId: 'walkthrough_next', label: 'Next step', value: '2', style: 'primary' }] },
    { type: 'context', text: 'Policy v2019-01-01' },
  ],
  fallbackText: 'STOP confidentiality.clients: It could identify someone who comes to the practice.',
};

describe('Slack render', () => {
  it('keeps the verdict word and clause ids in the text fallback', () => {
    const message = render(stopReply);
    expect(message.text).toContain('STOP');
    expect(message.text).toContain('confidentiality.clients');
  });

  it('renders each reply block as Block Kit', () => {
    const { blocks } = render(stopReply);
    expect(blocks.map((block) => block.type)).toEqual(['header', 'section', 'section', 'section', 'actions', 'context']);
    expect(JSON.stringify(blocks[1])).toContain('*STOP*');
    expect(JSON.stringify(blocks[1])).toContain('confidentiality.clients');
    expect(blocks[4]).toEqual({
      type: 'actions',
      elements: [{ type: 'button', action_id: 'walkthrough_next', text: { type: 'plain_text', text: 'Next step', emoji: true }, value: '2', style: 'primary' }],
    });
  });

  it('escapes what people typed so a quoted draft cannot mention anyone', () => {
    const finding = JSON.stringify(render(stopReply).blocks[1]);
    expect(finding).toContain('&lt;!channel&gt;');
    expect(finding).toContain('&amp;');
    expect(finding).not.toContain('<!channel>');
    expect(escapeMrkdwn('<@U1> & <#C1>')).toBe('&lt;@U1&gt; &amp; &lt;#C1&gt;');
  });

  it('stays within Block Kit limits for long and many blocks', () => {
    const long = 'word '.repeat(2000);
    const reply: Reply = {
      visibility: 'private',
      blocks: [{ type: 'heading', text: long }, ...Array.from({ length: 80 }, () => ({ type: 'text' as const, text: long }))],
      fallbackText: 'OK',
    };
    const { blocks } = render(reply);
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks) {
      if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150);
      if (block.type === 'section') expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    }
    expect(renderHome(reply).blocks.length).toBeLessThanOrEqual(100);
  });

  it('renders the App Home as a home view', () => {
    const home = renderHome({ visibility: 'private', blocks: [{ type: 'heading', text: 'Your policy' }], fallbackText: 'Your policy' });
    expect(home).toEqual({ type: 'home', blocks: [{ type: 'header', text: { type: 'plain_text', text: 'Your policy', emoji: true } }] });
  });
});
