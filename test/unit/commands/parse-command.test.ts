import { describe, expect, it } from 'vitest';
import { COMMAND_HELP, COMMAND_NAMES } from '../../../src/commands/command-list.ts';
import { DEFAULT_AUDIT_ENTRIES, normaliseMentions, parseCommand } from '../../../src/commands/parse-command.ts';
import { UserError } from '../../../src/policy/errors.ts';

const refusal = (text: string): UserError => {
  try {
    parseCommand(text);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error(`"${text}" parsed without a refusal`);
};

describe('parseCommand: every row of the grammar', () => {
  it.each([
    ['check We are open late on Thursdays', { name: 'check', draft: 'We are open late on Thursdays' }],
    ['check --account company New blog post is up', { name: 'check', draft: 'New blog post is up', account: 'company' }],
    ['check --account personal Off to the coast', { name: 'check', draft: 'Off to the coast', account: 'personal' }],
    ['check --account=Company Spring hours', { name: 'check', draft: 'Spring hours', account: 'company' }],
    ['explain', { name: 'explain' }],
    ['explain client friend requests', { name: 'explain', topic: 'client friend requests' }],
    ['ask Can I share a colleague’s article?', { name: 'ask', question: 'Can I share a colleague’s article?' }],
    ['walkthrough', { name: 'walkthrough' }],
    ['grants', { name: 'grants' }],
    ['grants @ann', { name: 'grants', user: 'ann' }],
    ['grant @ann account instagram', { name: 'grant', user: 'ann', account: 'instagram' }],
    ['revoke @ann account instagram', { name: 'revoke', user: 'ann', account: 'instagram' }],
    ['approve app Canva', { name: 'approve', app: 'Canva' }],
    ['unapprove app Google Drive', { name: 'unapprove', app: 'Google Drive' }],
    ['status', { name: 'status' }],
    ['audit', { name: 'audit', limit: DEFAULT_AUDIT_ENTRIES }],
    ['audit 25', { name: 'audit', limit: 25 }],
    ['help', { name: 'help' }],
  ])('%s', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it('reads command words in any case and around extra spaces', () => {
    expect(parseCommand('  CHECK   Two   spaces kept inside ')).toEqual({ name: 'check', draft: 'Two   spaces kept inside' });
    expect(parseCommand('Help')).toEqual({ name: 'help' });
  });

  it('treats empty text as help', () => {
    expect(parseCommand('')).toEqual({ name: 'help' });
    expect(parseCommand('   ')).toEqual({ name: 'help' });
  });

  it('keeps a draft that merely starts with a command word', () => {
    expect(parseCommand('check check out our new leaflet')).toEqual({ name: 'check', draft: 'check out our new leaflet' });
  });

  it('lets the keyword of grant and approve be left out', () => {
    expect(parseCommand('grant @ann linkedin')).toEqual({ name: 'grant', user: 'ann', account: 'linkedin' });
    expect(parseCommand('approve Buffer')).toEqual({ name: 'approve', app: 'Buffer' });
  });

  it('declares help for every command it parses', () => {
    expect(COMMAND_HELP.map((command) => command.name).sort()).toEqual([...COMMAND_NAMES].sort());
  });
});

describe('mentions are normalised before parsing', () => {
  it.each([
    ['grant <@U0123ABCD> account instagram', 'U0123ABCD'],
    ['grant <@U0123ABCD|ann> account instagram', 'U0123ABCD'],
    ['grant <@81234567890123456> account instagram', '81234567890123456'],
    ['grant <@!81234567890123456> account instagram', '81234567890123456'],
    ['grant @ann account instagram', 'ann'],
  ])('%s', (text, user) => {
    expect(parseCommand(text)).toEqual({ name: 'grant', user, account: 'instagram' });
  });

  it('gives Slack, Discord and the shell the same text', () => {
    expect(normaliseMentions('grants <@W9|bo>')).toBe('grants @W9');
    expect(normaliseMentions('grants <@42>')).toBe('grants @42');
    expect(normaliseMentions('grants @42')).toBe('grants @42');
  });

  it('leaves other angle brackets alone', () => {
    expect(normaliseMentions('a <b> c <#C123> <@>')).toBe('a <b> c <#C123> <@>');
  });

  it('normalises mentions inside drafts too', () => {
    expect(parseCommand('check thanks <@U1|ann> for today')).toEqual({ name: 'check', draft: 'thanks @U1 for today' });
  });
});

describe('user errors say what to do instead', () => {
  it.each([
    ['publish now', 'unknown-command', /help/],
    ['check', 'draft-empty', /check Our open evening/],
    ['check --account company', 'draft-empty', /after `check`/],
    ['check --account shared hello', 'unknown-account', /company.*personal/],
    ['check --force hello', 'invalid-argument', /--account/],
    ['ask', 'missing-argument', /after `ask`/],
    ['grant ann account instagram', 'missing-argument', /grant @user account <name>/],
    ['grant @ann', 'missing-argument', /which account/],
    ['revoke', 'missing-argument', /revoke @user/],
    ['approve app', 'missing-argument', /which app/],
    ['grants ann', 'missing-argument', /grants @user/],
    ['audit 0', 'invalid-argument', /1 to 100/],
    ['audit 101', 'invalid-argument', /1 to 100/],
    ['audit ten', 'invalid-argument', /audit 20/],
  ])('%s → %s', (text, code, hint) => {
    const error = refusal(text);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(hint);
  });

  it('does not echo a long unknown word back in full', () => {
    const word = 'x'.repeat(500);
    expect(refusal(word).message.length).toBeLessThan(200);
  });
});
