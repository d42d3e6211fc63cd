import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/load-policy-file.ts';
import { GUILD } from '../contract/discord-payloads.ts';
import { jsonLines, runToEnd } from '../helpers/bot-process.ts';
import { DISCORD_TOKEN, SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, startChatBot } from '../helpers/chat-bot.ts';
import { ZRTHERAPY_POLICY_FILE } from '../helpers/policy.ts';
import { startDiscordFake } from './fakes/discord-fake.ts';
import { startSlackFake } from './fakes/slack-fake.ts';

/**
 * Start-up keeps the rules off its path: a bot with Slack and Discord is ready (connected, store
 * open, policy valid) before the router and the rules load, and the first request loads them and
 * is answered as any later one. A module hook in the bot's process names every module of ours it
 * loads on standard error (plain lines, which the log reader skips).
 */

const TRACE_HOOK = `data:text/javascript,${encodeURIComponent(
  "import{registerHooks}from'node:module';registerHooks({load(url,context,next){if(url.includes('/src/'))process.stderr.write('loaded '+url+'\\n');return next(url,context);}});",
)}`;

const DRAFT = 'Such a moving hour with my client Tomasz today, he finally talked about losing his job';

describe('a bot with Slack and Discord', () => {
  it('is ready without the router or any rule loaded, and answers its first check in full', async () => {
    // As after any earlier start: the policy's validation is in the parse cache (a first start validates, which loads the rules).
    expect(loadPolicyFile(ZRTHERAPY_POLICY_FILE).ok).toBe(true);
    const chat = await startChatBot({ DATA_DIR: mkdtempSync(join(tmpdir(), 'lazy-start-')), NODE_OPTIONS: `--import=${TRACE_HOOK}` });
    try {
      const loaded = (part: string): string[] => chat.bot.stderr().split('\n').filter((line) => line.startsWith('loaded ') && line.includes(part));
      // The hook works: the entry point and the store were traced.
      expect(loaded('/src/main.ts')).toHaveLength(1);
      expect(loaded('/src/store/open-store.ts')).toHaveLength(1);
      expect(loaded('/src/commands/router.ts')).toEqual([]);
      expect(loaded('/src/policy/rules/')).toEqual([]);

      const answer = await chat.slack.command(`check ${DRAFT}`);
      expect(answer.text).toContain('STOP');
      expect(answer.text).toContain('safe.discussing-others');
      expect(loaded('/src/policy/rules/').length).toBeGreaterThan(0);
      const discord = await chat.discord.command('check', { text: DRAFT });
      expect(discord.text).toContain('safe.discussing-others');
    } finally {
      await chat.stop();
    }
  });

  it('stops both adapters again and exits 2 when the embedded database cannot be opened while they connect', async () => {
    const slack = await startSlackFake();
    const discord = await startDiscordFake();
    try {
      // DATA_DIR under a plain file: no directory can be made there.
      const file = join(mkdtempSync(join(tmpdir(), 'lazy-start-')), 'a-file');
      writeFileSync(file, 'not a directory');
      const result = await runToEnd(process.execPath, ['src/main.ts'], {
        DATA_DIR: join(file, 'data'),
        PORT: '0',
        SLACK_BOT_TOKEN,
        SLACK_SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        DISCORD_TOKEN,
        DISCORD_APPLICATION_ID: '1100000000000000001',
        DISCORD_GUILD_ID: GUILD,
        DISCORD_API_URL: discord.apiUrl,
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('DATA_DIR: the embedded database under');
      expect(result.stderr).toContain('a part of the path is a file, not a directory');
      const messages = jsonLines(result.stderr).map((line) => line.msg);
      expect(messages).not.toContain('ready');
      expect(messages).toContain('store failed to open');
      expect(messages.indexOf('stopped')).toBeGreaterThan(messages.indexOf('stopping'));
    } finally {
      await Promise.all([slack.close(), discord.close()]);
    }
  });
});
