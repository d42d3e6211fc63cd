import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buttonCommand, renderReply } from '../../../src/adapters/shell/render.ts';
import { createShellAdapter } from '../../../src/adapters/shell/shell-adapter.ts';
import { toBotRequest, unofferedButton } from '../../../src/adapters/shell/to-request.ts';
import type { Actor, BotRequest, Reply } from '../../../src/commands/request.ts';
import { routerFixture } from './router-fixture.ts';

const ME: Actor = { platform: 'shell', userId: 'sam' };

const reply: Reply = {
  visibility: 'private',
  fallbackText: 'unused by the shell',
  blocks: [
    { type: 'heading', text: 'STOP: don\'t post this.' },
    { type: 'finding', clause: 'safe.harassment', severity: 'stop', reason: 'Insults a person.', excerpt: 'you idiot' },
    { type: 'quote', text: 'Be polite.', source: 'advice.be-polite' },
    { type: 'fields', fields: [{ label: 'Owner', value: 'Zayna' }] },
    { type: 'actions', buttons: [{ actionId: 'walkthrough.back', label: 'Back', value: '0' }, { actionId: 'walkthrough.next', label: 'Next', value: '2' }] },
    { type: 'context', text: 'Only you can see this.' },
  ],
};

describe('renderReply', () => {
  it('lays a reply out as plain terminal text without colour', () => {
    expect(renderReply(reply, { colour: false })).toBe(
      [
        "STOP: don't post this.",
        '- STOP safe.harassment: Insults a person.',
        '    "you idiot"',
        '  │ Be polite.',
        '  (advice.be-polite)',
        '  Owner: Zayna',
        'Type /back (Back), or /next (Next).',
        'Only you can see this.',
      ].join('\n'),
    );
  });

  it('colours the verdict and dims the small print on a terminal', () => {
    const text = renderReply(reply, { colour: true });
    expect(text).toContain('\x1b[31mSTOP: don\'t post this.\x1b[0m');
    expect(text).toContain('\x1b[2mOnly you can see this.\x1b[0m');
    expect(text.replace(/\x1b\[\d+m/g, '')).toBe(renderReply(reply, { colour: false }));
  });

  it('names a button by the last part of its action id', () => {
    expect(buttonCommand({ actionId: 'walkthrough.acknowledge' })).toBe('/acknowledge');
  });
});

describe('toBotRequest (shell)', () => {
  const buttons = [{ actionId: 'walkthrough.next', label: 'Next', value: '3' }];
  it.each<[string, BotRequest | undefined]>([
    ['/policy check hello there', { kind: 'command', actor: ME, text: 'check hello there' }],
    ['  /POLICY   help ', { kind: 'command', actor: ME, text: 'help' }],
    ['/policy', { kind: 'command', actor: ME, text: '' }],
    ['Can I post a photo of the team?', { kind: 'direct-message', actor: ME, text: 'Can I post a photo of the team?' }],
    ['/policyx', { kind: 'direct-message', actor: ME, text: '/policyx' }],
    ['/next', { kind: 'button', actor: ME, actionId: 'walkthrough.next', value: '3' }],
    ['/back', { kind: 'direct-message', actor: ME, text: '/back' }],
    ['   ', undefined],
  ])('%j', (line, expected) => {
    expect(toBotRequest(line, ME, buttons)).toEqual(expected);
  });
});

describe('unofferedButton (shell)', () => {
  const buttons = [{ actionId: 'walkthrough.back', label: 'Back', value: '1' }, { actionId: 'walkthrough.next', label: 'Next', value: '3' }];
  it('names the choices when a button word the last reply did not offer is typed', () => {
    expect(unofferedButton('/acknowledge', buttons)).toBe('/acknowledge is not one of the choices here: type /back or /next.');
    expect(unofferedButton(' /next ', [])).toMatch(/^\/next is not one of the choices here\. Type \/policy walkthrough/);
  });
  it('leaves offered buttons, commands and questions alone', () => {
    for (const line of ['/next', '/policy', '/policy help', 'can I post this?', '/what is this?']) expect(unofferedButton(line, buttons)).toBeUndefined();
  });
});

describe('createShellAdapter', () => {
  it('answers piped lines in order and finishes after the last answer', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => {
      written += chunk.toString();
    });
    const { handle } = routerFixture();
    const adapter = createShellAdapter({ input, output, userId: 'sam', interactive: false });
    await adapter.start(handle);
    input.end('/policy walkthrough\n/next\n\n/policy check Our open day is on Saturday\n/policy nonsense\n');
    await adapter.finished;
    const answers = written.trimEnd().split('\n\n');
    expect(answers[0]).toMatch(/^Step 1 of 8/);
    expect(answers.find((answer) => answer.startsWith('Step 2 of 8'))).toBeDefined();
    expect(written.indexOf('Step 2 of 8')).toBeLessThan(written.indexOf('OK: fine to post.'));
    expect(written.indexOf('OK: fine to post.')).toBeLessThan(written.indexOf('I don\'t know the command "nonsense"'));
    await adapter.stop();
    await adapter.stop();
  });

  it('keeps answering after a handler failure', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => {
      written += chunk.toString();
    });
    let calls = 0;
    const adapter = createShellAdapter({ input, output, userId: 'sam', interactive: false });
    await adapter.start(async () => {
      calls += 1;
      if (calls === 1) throw new Error('boom');
      return { visibility: 'private', blocks: [{ type: 'text', text: 'second' }], fallbackText: 'second' };
    });
    input.end('one\ntwo\n');
    await adapter.finished;
    expect(written).toBe('Sorry, something went wrong answering that line.\n\nsecond\n\n');
  });
});
