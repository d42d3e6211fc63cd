import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse-command.ts';
import { command, OWNER, routerFixture } from './router-fixture.ts';

/** Owners' register commands said twice, with dates that do not exist, options left empty, and app names with spaces. */

describe('a grant or approval given again', () => {
  it('says a grant on the same terms is held already, and records nothing', async () => {
    const { handle, store } = routerFixture();
    expect((await handle(command('grant @ann account instagram', OWNER))).fallbackText).toMatch(/@ann may now post on the company's instagram account/);
    const again = await handle(command('grant @ann account Instagram', OWNER));
    expect(again.fallbackText).toMatch(/@ann may already post on the company's instagram account, on these terms\. Nothing changed.*company\.authorised-users/s);
    expect(again.fallbackText).not.toMatch(/may now post/);
    expect((await store.audit.all()).map((entry) => entry.event.action)).toEqual(['grant']);
  });

  it('takes a new end date or reason as a real change, recorded', async () => {
    const { handle, store } = routerFixture();
    await handle(command('grant @ann account instagram --until 2026-12-31', OWNER));
    expect((await handle(command('grant @ann account instagram --until 2026-12-31', OWNER))).fallbackText).toMatch(/already post.*until the end of 2026-12-31.*Nothing changed/s);
    expect((await handle(command('grant @ann account instagram --until 2027-06-30', OWNER))).fallbackText).toMatch(/may now post .* until the end of 2027-06-30/);
    expect((await handle(command('grant @ann account instagram --until 2027-06-30 --reason spring campaign', OWNER))).fallbackText).toMatch(/may now post/);
    expect((await store.audit.all()).map((entry) => entry.event.action)).toEqual(['grant', 'grant', 'grant']);
  });

  it('says an app approved on the same terms is approved already, by the name it was approved under', async () => {
    const { handle, store } = routerFixture();
    expect((await handle(command('approve app Canva', OWNER))).fallbackText).toMatch(/^Canva is now approved/);
    const again = await handle(command('approve app canva', OWNER));
    expect(again.fallbackText).toMatch(/^Canva is already approved for use with the company's accounts, on these terms\. Nothing changed.*security\.app-approval/s);
    expect(await store.audit.all()).toHaveLength(1);
  });
});

describe('app names', () => {
  it('are printed as the owner wrote them, on approving, listing, withdrawing and in the audit trail', async () => {
    const { handle } = routerFixture();
    expect((await handle(command('approve app Canva', OWNER))).fallbackText).toMatch(/^Canva is now approved/);
    expect((await handle(command('grants'))).fallbackText).toContain('Approved apps: Canva.');
    expect((await handle(command('unapprove app canva', OWNER))).fallbackText).toMatch(/^Canva is no longer approved/);
    const audit = (await handle(command('audit', OWNER))).fallbackText;
    expect(audit).toContain('approved app Canva');
    expect(audit).toContain('withdrew approval of app Canva');
  });

  it('may have spaces, quoted or not, and punctuation real names use', async () => {
    const { handle, store } = routerFixture();
    for (const text of ['approve app "Adobe Express"', 'approve app Meta Business Suite', "approve app ‘Canva's Magic Write’", 'approve app “Later”']) {
      expect((await handle(command(text, OWNER))).fallbackText).toMatch(/is now approved/);
    }
    expect((await store.grants.list()).map((record) => (record.kind === 'app' ? record.app : ''))).toEqual([
      'Adobe Express',
      "Canva's Magic Write",
      'Later',
      'Meta Business Suite',
    ]);
    expect((await handle(command("unapprove app 'adobe express'", OWNER))).fallbackText).toMatch(/^Adobe Express is no longer approved/);
  });

  it('refuses a name too long or made of what no app name is, saying what a name may be', async () => {
    const { handle, store } = routerFixture();
    for (const text of [`approve app ${'Long '.repeat(14)}`, 'approve app <script>', 'approve app ""']) {
      expect((await handle(command(text, OWNER))).fallbackText).toMatch(/at most 64 characters: letters, digits, spaces|Say which app/);
    }
    expect(await store.audit.all()).toEqual([]);
  });
});

describe('--until and --reason, said wrong', () => {
  it('says that a date does not exist, in the terms it was given', () => {
    expect(() => parseCommand('grant @ann account instagram --until 2027-02-30')).toThrow(
      '2027-02-30 is not a date: February 2027 has 28 days. Give the last day as a date like `--until 2027-01-31`.',
    );
    expect(() => parseCommand('approve app Canva --until 2027-13-01')).toThrow(/2027-13-01 is not a date: there is no month 13/);
    expect(() => parseCommand('grant @ann account x --until 2027-04-31')).toThrow(/April 2027 has 30 days/);
    expect(parseCommand('grant @ann account x --until 2028-02-29')).toMatchObject({ until: '2028-02-29' });
    expect(() => parseCommand('grant @ann account x --until 2027-02-29')).toThrow(/February 2027 has 28 days/);
  });

  it('says --reason needs words and --until a date, wherever the empty option stands', () => {
    for (const text of ['grant @ann account instagram --reason', 'grant @ann account instagram --reason   ', 'grant @ann account instagram --reason --until 2027-01-31', 'approve app Canva --until 2027-01-31 --reason']) {
      expect(() => parseCommand(text), text).toThrow('`--reason` needs words after it, e.g. `--reason covering the spring campaign`.');
    }
    for (const text of ['grant @ann account instagram --until', 'approve app Canva --until --reason design team']) {
      expect(() => parseCommand(text), text).toThrow(/`--until` needs a date after it/);
    }
    expect(() => parseCommand('revoke @ann account x --until')).toThrow(/takes no `--until`/);
  });

  it('is answered with the message, not a list of the company accounts', async () => {
    const { handle } = routerFixture();
    const reply = await handle(command('grant @ann account instagram --reason', OWNER));
    expect(reply.fallbackText).toContain('`--reason` needs words');
    expect(reply.fallbackText).not.toContain('The company accounts are');
  });
});
