import { withoutMentionMarks } from '../../commands/present/person.ts';

/**
 * Slack message text → the words the person typed. Slack sends every text (slash commands with
 * `should_escape`, message events, message shortcuts) with `&`, `<` and `>` escaped as `&amp;`,
 * `&lt;` and `&gt;`, and its own markup between real angle brackets: `<@U…|name>`,
 * `<#C…|name>`, `<!here>`, `<!subteam^S…|@team>`, `<!date^…|fallback>`, `<url|label>`,
 * `<mailto:…|…>`. Each markup becomes what the person saw, and only then are the entities
 * decoded, so a person who typed "&lt;" or "<@U1>" as text gets exactly that back. Every
 * detector, span and rewrite then works on the same string as on Discord and in the shell.
 */

/** Slack's special mentions (`<!here>`), shown as the person typed them. */
const BROADCASTS: ReadonlySet<string> = new Set(['here', 'channel', 'everyone', 'group']);

/** Slack escapes exactly these three; nothing else is an entity in its text. */
const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/** One pass, so "&amp;lt;" (a person who typed "&lt;") stays "&lt;". */
const decodeEntities = (text: string): string => text.replace(/&(?:amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);

/** What one `<…>` markup showed the person, entities still escaped. */
const shown = (markup: string): string => {
  const bar = markup.indexOf('|');
  const target = bar === -1 ? markup : markup.slice(0, bar);
  const label = bar === -1 ? '' : markup.slice(bar + 1);
  switch (target[0]) {
    case '@':
      // A person: the neutral form interface.md gives every platform (`@U0123ABCD`).
      return target;
    case '#':
      return `#${label || target.slice(1)}`;
    case '!': {
      const [command = '', id = ''] = target.slice(1).split('^');
      if (BROADCASTS.has(command)) return `@${command}`;
      if (label !== '') return label;
      return command === 'subteam' && id !== '' ? `@${id}` : command === 'date' ? '' : `@${command}`;
    }
    default:
      return linkShown(target, label);
  }
};

/** A link's address without what a reader does not see: the scheme, "mailto:", "tel:", "www.", a final slash. */
const bareAddress = (address: string): string =>
  address.replace(/^(?:[a-z][a-z0-9+.-]*:(?:\/\/)?)?(?:www\.)?/i, '').replace(/\/$/, '').toLowerCase();

/**
 * A link: what the person typed. An address Slack linked by itself comes labelled with itself
 * ("example.com") and is shown as typed. Words linked to an address ("our portal") are shown with
 * the address after them, "our portal (http://192.0.2.7/login)": where a link really goes is what
 * the checker must see (a raw IP, a look-alike host, someone else's content).
 */
const linkShown = (address: string, label: string): string => {
  if (label === '' || label === address) return address;
  // A phone number Slack linked is the number the person typed, written another way.
  if (/^tel:/i.test(address)) return label;
  const typed = bareAddress(decodeEntities(label));
  return typed === bareAddress(decodeEntities(address)) ? label : `${label} (${address.replace(/^mailto:/i, '')})`;
};

/** The text a person typed in Slack, from the text Slack sent. */
export function fromSlackText(text: string): string {
  return decodeEntities(withoutMentionMarks(text).replace(/<([^<>]*)>/g, (_, markup: string) => shown(markup)));
}
