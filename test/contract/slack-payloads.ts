/**
 * Slack payloads in the shapes Slack sends them (after Bolt has parsed the form or JSON body),
 * following the examples in Slack's reference for slash commands, message shortcuts,
 * block_actions, the Events API envelope, `message.im` and `app_home_opened`. The words are ours.
 */

export const TEAM = 'T0AB12CDE';

/**
 * Words a person typed as Slack sends them in every text field: `&`, `<` and `>` escaped as
 * entities (Slack's formatting reference, "Escaping text"), because Slack's own markup uses them.
 */
export const asSlackSends = (typed: string): string => typed.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
export const USER = 'U0FG34HIJ';

/** A `/policy` slash command as Bolt hands it to `app.command` (form fields, all strings). */
export const slashCommand = (text: string, triggerId = '13345224609.738474920.8088930838d88f008e0') => ({
  token: 'gIkuvaNzQIHg97ATvDxqgjtO',
  team_id: TEAM,
  team_domain: 'zr-practice',
  enterprise_id: 'E0001',
  enterprise_name: 'Practice Group',
  channel_id: 'C2147483705',
  channel_name: 'general',
  user_id: USER,
  user_name: 'ann.p',
  command: '/policy',
  text,
  api_app_id: 'A123456',
  is_enterprise_install: 'false',
  response_url: 'https://hooks.slack.com/commands/1234/5678',
  trigger_id: triggerId,
});

/** The `check_message` message shortcut (a `message_action` interaction payload). */
export const messageShortcut = (messageText: string, callbackId = 'check_message') => ({
  type: 'message_action',
  token: 'Nj2rfC2hU8mAfgaJLemZgO7H',
  action_ts: '1593110413.441453',
  team: { id: TEAM, domain: 'zr-practice' },
  user: { id: USER, username: 'ann.p', team_id: TEAM, name: 'ann.p' },
  channel: { id: 'C012AB3CD', name: 'marketing' },
  is_enterprise_install: false,
  enterprise: null,
  callback_id: callbackId,
  trigger_id: '1191331409045.1122334455.b22e6f6c1a9bb0e6e2b2f8de7a2c6b1a',
  response_url: 'https://hooks.slack.com/app/T0AB12CDE/1182219402176/Ssp6F1WyJZWCjbDPyTqWpVPw',
  message_ts: '1593110406.000300',
  message: {
    client_msg_id: '9b7ae68a-8c0a-4e2d-8d2d-1a1c6d1b8c3e',
    type: 'message',
    text: messageText,
    user: 'U0KL56MNO',
    ts: '1593110406.000300',
    team: TEAM,
    blocks: [{ type: 'rich_text', block_id: 'x2V', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: messageText }] }] }],
  },
});

/** A button press in an ephemeral message (`block_actions`). */
export const buttonPress = (actionId: string, value: string) => ({
  type: 'block_actions',
  user: { id: USER, username: 'ann.p', name: 'ann.p', team_id: TEAM },
  api_app_id: 'A123456',
  token: '9s8d9as89d8as9d8as989',
  container: { type: 'message', message_ts: '1548261231.000200', channel_id: 'C012AB3CD', is_ephemeral: true },
  trigger_id: '12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3',
  team: { id: TEAM, domain: 'zr-practice' },
  enterprise: null,
  is_enterprise_install: false,
  channel: { id: 'C012AB3CD', name: 'marketing' },
  state: { values: {} },
  response_url: 'https://hooks.slack.com/actions/T0AB12CDE/397599827046/dEt8OMLAm3CkaqAfX4HKwf5b',
  actions: [
    {
      action_id: actionId,
      block_id: 'steps',
      text: { type: 'plain_text', text: 'Next', emoji: true },
      value,
      type: 'button',
      action_ts: '1548426417.840180',
    },
  ],
});

/** A direct message to the bot (`message.im`), inside its Events API envelope. */
export const directMessageEnvelope = (text: string, eventId = 'Ev08MFMKH6', extra: Record<string, unknown> = {}) => ({
  token: 'XXYYZZ',
  team_id: TEAM,
  api_app_id: 'A123456',
  event: {
    client_msg_id: '5b8e5e7c-5f6c-4b8a-9e3e-2f7d2a1c0d11',
    type: 'message',
    text,
    user: USER,
    ts: '1700000000.000100',
    blocks: [],
    team: TEAM,
    channel: 'D024BE91L',
    event_ts: '1700000000.000100',
    channel_type: 'im',
    ...extra,
  },
  type: 'event_callback',
  event_id: eventId,
  event_time: 1700000000,
  authorizations: [{ enterprise_id: null, team_id: TEAM, user_id: 'U0BOT1234', is_bot: true, is_enterprise_install: false }],
  is_ext_shared_channel: false,
  event_context: '4-eyJldCI6Im1lc3NhZ2UiLCJ0aWQiOiJUMEFCMTJDREUifQ',
});

/** The bot's own reply echoed back as a `message.im` event (has `bot_id`, subtype `bot_message` or none). */
export const botEcho = (text: string) => ({
  type: 'message',
  subtype: 'bot_message',
  text,
  ts: '1700000001.000200',
  bot_id: 'B0BOT5678',
  channel: 'D024BE91L',
  event_ts: '1700000001.000200',
  channel_type: 'im',
});

/** `app_home_opened` for the Home tab, inside its envelope. */
export const homeOpenedEnvelope = (tab: 'home' | 'messages' = 'home') => ({
  token: 'XXYYZZ',
  team_id: TEAM,
  api_app_id: 'A123456',
  event: { type: 'app_home_opened', user: USER, channel: 'D024BE91L', tab, event_ts: '1700000002.000300' },
  type: 'event_callback',
  event_id: 'Ev0HOME0001',
  event_time: 1700000002,
});
