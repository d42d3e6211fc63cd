import { describe, expect, it } from 'vitest';
import { autocompleteQuery, toBotRequest, topicChoices } from '../../src/adapters/discord/to-request.ts';
import { POLICY_SUBCOMMANDS } from '../../src/adapters/discord/command-data.ts';
import { parseCommand } from '../../src/commands/parse-command.ts';
import {
  buttonPress,
  checkMessageCommand,
  directMessage,
  dmSlashCommand,
  explainAutocomplete,
  GUILD,
  grantCommand,
  OTHER_USER,
  slashCommand,
  USER,
} from './discord-payloads.ts';

const actor = { platform: 'discord', userId: USER, workspaceId: GUILD, displayName: 'Ann P' };
const text = (payload: unknown): string | undefined => {
  const request = toBotRequest({ source: 'interaction', payload });
  return request?.kind === 'command' ? request.text : undefined;
};

describe('Discord toBotRequest', () => {
  it('joins /policy check options into the same text Slack and the shell send', () => {
    const payload = slashCommand('check', [
      { name: 'text', type: 3, value: 'Join us for the open morning on Saturday' },
      { name: 'account', type: 3, value: 'company' },
    ]);
    expect(toBotRequest({ source: 'interaction', payload })).toEqual({
      kind: 'command',
      actor,
      text: 'check --account company Join us for the open morning on Saturday',
    });
  });

  it('writes a user option as a Discord mention, which the parser normalises', () => {
    expect(text(grantCommand())).toBe(`grant <@${OTHER_USER}> account instagram`);
    expect(parseCommand(text(grantCommand()) ?? '')).toEqual({ name: 'grant', user: OTHER_USER, account: 'instagram' });
  });

  it('produces text the one parser reads as the same command for every subcommand', () => {
    const cases: [string, { name: string; type: number; value: string | number }[], object][] = [
      ['check', [{ name: 'text', type: 3, value: 'A quiet week' }], { name: 'check', draft: 'A quiet week' }],
      ['explain', [{ name: 'topic', type: 3, value: 'photos' }], { name: 'explain', topic: 'photos' }],
      ['explain', [], { name: 'explain' }],
      ['ask', [{ name: 'question', type: 3, value: 'Can I like posts?' }], { name: 'ask', question: 'Can I like posts?' }],
      ['walkthrough', [], { name: 'walkthrough' }],
      ['grants', [{ name: 'user', type: 6, value: OTHER_USER }], { name: 'grants', user: OTHER_USER }],
      ['grants', [], { name: 'grants' }],
      ['revoke', [{ name: 'user', type: 6, value: OTHER_USER }, { name: 'account', type: 3, value: 'linkedin' }], { name: 'revoke', user: OTHER_USER, account: 'linkedin' }],
      ['approve', [{ name: 'app', type: 3, value: 'Buffer' }], { name: 'approve', app: 'Buffer' }],
      ['unapprove', [{ name: 'app', type: 3, value: 'Buffer' }], { name: 'unapprove', app: 'Buffer' }],
      ['status', [], { name: 'status' }],
      ['audit', [{ name: 'n', type: 4, value: 5 }], { name: 'audit', limit: 5 }],
      ['help', [], { name: 'help' }],
    ];
    for (const [subcommand, options, expected] of cases) {
      expect(parseCommand(text(slashCommand(subcommand, options)) ?? 'missing')).toEqual(expected);
    }
  });

  it('takes the person from `user` in a DM', () => {
    expect(toBotRequest({ source: 'interaction', payload: dmSlashCommand('Is a retweet a post?') })).toEqual({
      kind: 'command',
      actor: { platform: 'discord', userId: USER, displayName: 'Ann P' },
      text: 'ask Is a retweet a post?',
    });
  });

  it('turns the message context-menu command into a check of that message', () => {
    expect(toBotRequest({ source: 'interaction', payload: checkMessageCommand('Great turnout at the fun run today!') })).toEqual({
      kind: 'check-message',
      actor,
      text: 'Great turnout at the fun run today!',
    });
  });

  it('normalises mentions in a checked message and a DM as the parser does a /policy check draft', () => {
    const draft = `Lovely session with <@${OTHER_USER}> and <@!${OTHER_USER}> & <3 today`;
    const viaCommand = parseCommand(text(slashCommand('check', [{ name: 'text', type: 3, value: draft }])) ?? '');
    const expected = `Lovely session with @${OTHER_USER} and @${OTHER_USER} & <3 today`;
    expect(viaCommand).toEqual({ name: 'check', draft: expected });
    expect(toBotRequest({ source: 'interaction', payload: checkMessageCommand(draft) })).toMatchObject({ kind: 'check-message', text: expected });
    expect(toBotRequest({ source: 'message', payload: directMessage(draft) })).toMatchObject({ kind: 'direct-message', text: expected });
  });

  it('removes the reply layer’s mention marks from what people send', () => {
    expect(toBotRequest({ source: 'message', payload: directMessage('hi \uFDD0150\uFDD1 there') })).toMatchObject({ text: 'hi 150 there' });
  });

  it('splits a button custom_id into action id and value', () => {
    expect(toBotRequest({ source: 'interaction', payload: buttonPress('walkthrough_next|3') })).toEqual({
      kind: 'button',
      actor,
      actionId: 'walkthrough_next',
      value: '3',
    });
  });

  it('turns a person’s DM into a question and ignores bots and servers', () => {
    expect(toBotRequest({ source: 'message', payload: directMessage(' what counts as a client? ') })).toEqual({
      kind: 'direct-message',
      actor: { platform: 'discord', userId: USER, displayName: 'Ann P' },
      text: 'what counts as a client?',
    });
    const bot = { id: OTHER_USER, username: 'helper', discriminator: '0', avatar: null, bot: true };
    expect(toBotRequest({ source: 'message', payload: directMessage('hi', bot) })).toBeUndefined();
    expect(toBotRequest({ source: 'message', payload: { ...directMessage('hi'), guild_id: GUILD } })).toBeUndefined();
  });

  it('ignores unknown subcommands and other commands', () => {
    expect(toBotRequest({ source: 'interaction', payload: slashCommand('dance') })).toBeUndefined();
    const other = { ...slashCommand('help'), data: { id: '1', name: 'other', type: 1, options: [] } };
    expect(toBotRequest({ source: 'interaction', payload: other })).toBeUndefined();
    expect(toBotRequest({ source: 'interaction', payload: explainAutocomplete('ph') })).toBeUndefined();
  });
});

describe('Discord explain autocomplete', () => {
  const headings = [
    { id: 'confidentiality.clients', heading: 'Client confidentiality' },
    { id: 'content.photos', heading: 'Photos and videos' },
    ...Array.from({ length: 40 }, (_, i) => ({ id: `extra.topic-${i}`, heading: `Extra topic ${i}` })),
  ];

  it('reads what is typed in the focused option', () => {
    expect(autocompleteQuery(explainAutocomplete('pho'))).toBe('pho');
    expect(autocompleteQuery(slashCommand('help'))).toBe('');
  });

  it('offers matching clause headings, at most 25, valued by clause id', () => {
    expect(topicChoices(headings, 'PHO')).toEqual([{ name: 'Photos and videos', value: 'content.photos' }]);
    expect(topicChoices(headings, 'confidentiality')).toEqual([{ name: 'Client confidentiality', value: 'confidentiality.clients' }]);
    expect(topicChoices(headings, '')).toHaveLength(25);
  });
});

describe('the register options on Discord', () => {
  it('join --until and --reason into the same command text the parser reads', () => {
    const grant = POLICY_SUBCOMMANDS.find((subcommand) => subcommand.name === 'grant')!;
    const text = grant.toText({ user: '<@81234567890123456>', account: 'instagram', until: '2027-01-31', reason: 'spring campaign' });
    expect(parseCommand(text)).toEqual({ name: 'grant', user: '81234567890123456', account: 'instagram', until: '2027-01-31', reason: 'spring campaign' });
  });
});
