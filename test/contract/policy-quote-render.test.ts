import { describe, expect, it } from 'vitest';
import { boldSegments } from '../../src/adapters/bold-segments.ts';
import { render as renderDiscord } from '../../src/adapters/discord/render.ts';
import { renderReply as renderShell } from '../../src/adapters/shell/render.ts';
import { render as renderSlack } from '../../src/adapters/slack/render.ts';
import type { Reply } from '../../src/commands/request.ts';

/** The policy's `**emphasis**` shows as each platform's bold, never as literal or escaped asterisks. */
const reply: Reply = {
  visibility: 'private',
  blocks: [{ type: 'quote', text: 'Users must not post **spam, junk email or chain messages** (or *anything* like it).', source: 'safe.spam' }],
  fallbackText: 'safe.spam',
};

describe('policy quotes keep their emphasis', () => {
  it('splits plain and bold pieces', () => {
    expect(boldSegments('a **b** c **d**')).toEqual([
      { text: 'a ', bold: false },
      { text: 'b', bold: true },
      { text: ' c ', bold: false },
      { text: 'd', bold: true },
    ]);
    expect(boldSegments('no emphasis')).toEqual([{ text: 'no emphasis', bold: false }]);
  });

  it('is bold on Slack, Discord and the shell', () => {
    expect(JSON.stringify(renderSlack(reply))).toContain('*spam, junk email or chain messages*');
    expect(JSON.stringify(renderSlack(reply))).not.toContain('**spam');
    expect(JSON.stringify(renderDiscord(reply))).toContain('**spam, junk email or chain messages**');
    expect(JSON.stringify(renderDiscord(reply))).not.toContain('\\\\*\\\\*spam');
    expect(renderShell(reply, { colour: false })).toContain('post spam, junk email or chain messages (or');
  });
});

describe('the Slack fallback text', () => {
  it('never carries a live mention or broadcast from a draft', () => {
    const draft: Reply = { visibility: 'private', blocks: [], fallbackText: 'STOP: <!channel> <@U123> look at <https://x.example|this>' };
    const { text } = renderSlack(draft);
    expect(text).toBe('STOP: &lt;!channel&gt; &lt;@U123&gt; look at &lt;https://x.example|this&gt;');
  });
});
