/**
 * Discord gateway payloads (the `d` of `INTERACTION_CREATE` and `MESSAGE_CREATE`, API v10) in the
 * shapes Discord documents: guild and DM interactions, a message context-menu command with its
 * resolved message, a button press, an autocomplete and a DM. The words are ours.
 */

export const APPLICATION = '1100000000000000001';
export const GUILD = '1200000000000000002';
export const CHANNEL = '1300000000000000003';
export const USER = '1400000000000000004';
export const OTHER_USER = '1500000000000000005';

const person = { id: USER, username: 'ann_p', global_name: 'Ann P', discriminator: '0', avatar: null, public_flags: 0 };

const common = (id: string) => ({
  id,
  application_id: APPLICATION,
  token: `aW50ZXJhY3Rpb246${id}ZmFrZS1pbnRlcmFjdGlvbi10b2tlbg`,
  version: 1,
  locale: 'en-GB',
  app_permissions: '2248473465835073',
  entitlements: [],
  authorizing_integration_owners: { '0': GUILD },
  attachment_size_limit: 10485760,
});

/** In a server: the person is under `member.user`. */
const inGuild = (id: string) => ({
  ...common(id),
  guild_id: GUILD,
  guild_locale: 'en-GB',
  guild: { id: GUILD, locale: 'en-GB', features: [] },
  channel_id: CHANNEL,
  channel: { id: CHANNEL, type: 0, guild_id: GUILD, name: 'general', flags: 0 },
  context: 0,
  member: {
    user: person,
    roles: [],
    permissions: '2248473465835073',
    joined_at: '2024-03-01T09:00:00.000000+00:00',
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    nick: null,
    avatar: null,
    communication_disabled_until: null,
  },
});

/** `/policy <subcommand> [options]` in a server. */
export const slashCommand = (subcommand: string, options: { name: string; type: number; value: string | number }[] = [], id = '1600000000000000006') => ({
  ...inGuild(id),
  type: 2,
  data: { id: '1700000000000000007', name: 'policy', type: 1, guild_id: GUILD, options: [{ name: subcommand, type: 1, options }] },
});

/** `/policy grant user:@… account:…` with the user resolved, as Discord sends it. */
export const grantCommand = () => ({
  ...slashCommand('grant', [
    { name: 'user', type: 6, value: OTHER_USER },
    { name: 'account', type: 3, value: 'instagram' },
  ]),
  data: {
    id: '1700000000000000007',
    name: 'policy',
    type: 1,
    guild_id: GUILD,
    options: [
      {
        name: 'grant',
        type: 1,
        options: [
          { name: 'user', type: 6, value: OTHER_USER },
          { name: 'account', type: 3, value: 'instagram' },
        ],
      },
    ],
    resolved: { users: { [OTHER_USER]: { id: OTHER_USER, username: 'bea', global_name: 'Bea', discriminator: '0', avatar: null } } },
  },
});

/** `/policy ask` from the bot's DM: the person is under `user`, there is no guild. */
export const dmSlashCommand = (question: string) => ({
  ...common('1600000000000000016'),
  type: 2,
  channel_id: '1800000000000000008',
  channel: { id: '1800000000000000008', type: 1, flags: 0, recipients: [person] },
  context: 1,
  user: person,
  data: { id: '1700000000000000007', name: 'policy', type: 1, options: [{ name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] }] },
});

/** The `Check against policy` message command on someone's message. */
export const checkMessageCommand = (content: string) => ({
  ...inGuild('1600000000000000026'),
  type: 2,
  data: {
    id: '1700000000000000017',
    name: 'Check against policy',
    type: 3,
    guild_id: GUILD,
    target_id: '1900000000000000009',
    resolved: {
      messages: {
        '1900000000000000009': {
          id: '1900000000000000009',
          type: 0,
          content,
          channel_id: CHANNEL,
          author: { id: OTHER_USER, username: 'bea', global_name: 'Bea', discriminator: '0', avatar: null },
          attachments: [],
          embeds: [],
          mentions: [],
          mention_roles: [],
          pinned: false,
          mention_everyone: false,
          tts: false,
          timestamp: '2026-11-20T10:00:00.000000+00:00',
          edited_timestamp: null,
          flags: 0,
          components: [],
        },
      },
    },
  },
});

/** A button press on one of the bot's ephemeral messages. */
export const buttonPress = (customId: string) => ({
  ...inGuild('1600000000000000036'),
  type: 3,
  data: { custom_id: customId, component_type: 2 },
  message: {
    id: '1900000000000000019',
    type: 20,
    content: '',
    channel_id: CHANNEL,
    author: { id: APPLICATION, username: 'Policy Bot', discriminator: '0', avatar: null, bot: true },
    attachments: [],
    embeds: [],
    mentions: [],
    mention_roles: [],
    pinned: false,
    mention_everyone: false,
    tts: false,
    timestamp: '2026-11-20T10:00:00.000000+00:00',
    edited_timestamp: null,
    flags: 64,
    components: [],
    application_id: APPLICATION,
  },
});

/** Typing in `/policy explain topic:` (autocomplete). */
export const explainAutocomplete = (typed: string) => ({
  ...inGuild('1600000000000000046'),
  type: 4,
  data: {
    id: '1700000000000000007',
    name: 'policy',
    type: 1,
    guild_id: GUILD,
    options: [{ name: 'explain', type: 1, options: [{ name: 'topic', type: 3, value: typed, focused: true }] }],
  },
});

/** A direct message to the bot (`MESSAGE_CREATE` without `guild_id`). */
export const directMessage = (content: string, author: Record<string, unknown> = person) => ({
  id: '2000000000000000010',
  type: 0,
  channel_id: '1800000000000000008',
  // The gateway adds the channel's type to MESSAGE_CREATE; 1 is a DM.
  channel_type: 1,
  author,
  content,
  attachments: [],
  embeds: [],
  mentions: [],
  mention_roles: [],
  pinned: false,
  mention_everyone: false,
  tts: false,
  timestamp: '2026-11-20T10:05:00.000000+00:00',
  edited_timestamp: null,
  flags: 0,
  components: [],
  nonce: '1313131313131313131',
});
