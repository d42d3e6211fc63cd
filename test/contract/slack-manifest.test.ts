import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHECK_MESSAGE_CALLBACK_ID } from '../../src/adapters/slack/to-request.ts';

/** The app manifest declares exactly what the adapter listens to, with the least scopes. */
const manifest = parse(readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8')) as {
  display_information: { name: string; description: string; long_description?: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: { command: string; description: string; should_escape: boolean }[];
    shortcuts: { name: string; type: string; callback_id: string; description: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
};

describe('manifest.yml', () => {
  it('declares /policy, the check_message shortcut, the Home and Messages tabs', () => {
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(['/policy']);
    expect(manifest.features.shortcuts).toEqual([expect.objectContaining({ type: 'message', callback_id: CHECK_MESSAGE_CALLBACK_ID, name: 'Check against policy' })]);
    expect(manifest.features.app_home).toEqual({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  });

  it('subscribes to the two bot events, with interactivity and Socket Mode on', () => {
    expect(manifest.settings.event_subscriptions.bot_events.toSorted()).toEqual(['app_home_opened', 'message.im']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('asks for the least scopes: commands, chat:write, im:history', () => {
    expect(manifest.oauth_config.scopes.bot.toSorted()).toEqual(['chat:write', 'commands', 'im:history']);
  });

  it('keeps within Slack’s field limits', () => {
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    const long = manifest.display_information.long_description ?? '';
    expect(long.length).toBeGreaterThanOrEqual(175);
    expect(long.length).toBeLessThanOrEqual(4000);
    expect(manifest.features.bot_user.display_name.length).toBeLessThanOrEqual(80);
    for (const shortcut of manifest.features.shortcuts) {
      expect(shortcut.name.length).toBeLessThanOrEqual(80);
      expect(shortcut.description.length).toBeLessThanOrEqual(150);
    }
  });
});
