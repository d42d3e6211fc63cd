import { describe, expect, it } from 'vitest';
import { fromSlackText } from '../../src/adapters/slack/from-slack-text.ts';

/** Slack's markup, as its formatting reference describes it, back to what the person typed and saw. */
describe('fromSlackText', () => {
  it.each([
    ['plain words', 'plain words'],
    ['Hello &amp; &lt;world&gt;', 'Hello & <world>'],
    ['a &amp;amp; b &amp;lt; c', 'a &amp; b &lt; c'],
    ['&quot;quoted&quot; stays', '&quot;quoted&quot; stays'],
    ['hi <@U024BE7LH>', 'hi @U024BE7LH'],
    ['hi <@U024BE7LH|bob>', 'hi @U024BE7LH'],
    ['hi <@W0123ABCD>', 'hi @W0123ABCD'],
    ['join <#C024BE7LR|general>', 'join #general'],
    ['join <#C024BE7LR>', 'join #C024BE7LR'],
    ['join <#C024BE7LR|>', 'join #C024BE7LR'],
    ['<!here> <!channel> <!everyone> <!here|here> <!channel|@channel>', '@here @channel @everyone @here @channel'],
    ['<!subteam^S0614TZR7|@clinicians> and <!subteam^S0614TZR7>', '@clinicians and @S0614TZR7'],
    ['on <!date^1392734382^Posted {date_num} {time_secs}|2014-02-18 6:39:42 AM PST>', 'on 2014-02-18 6:39:42 AM PST'],
    ['see <https://example.com/a?b=1&amp;c=2>', 'see https://example.com/a?b=1&c=2'],
    ['see <http://example.com|example.com>', 'see example.com'],
    ['see <https://www.example.com/|www.example.com>', 'see www.example.com'],
    // Words linked to an address keep the address, so the checker sees where the link goes.
    ['see <https://example.com/fees|our new fees &amp; times>', 'see our new fees & times (https://example.com/fees)'],
    ['verify <http://192.0.2.7/login|on our portal> now', 'verify on our portal (http://192.0.2.7/login) now'],
    ['mail <mailto:ann@example.com|ann@example.com>', 'mail ann@example.com'],
    ['mail <mailto:jane.doe@example.com|Jane>', 'mail Jane (jane.doe@example.com)'],
    ['call <tel:+447700900456|07700 900456>', 'call 07700 900456'],
  ])('%s', (sent, typed) => {
    expect(fromSlackText(sent)).toBe(typed);
  });

  it('removes the reply layer’s mention marks', () => {
    expect(fromSlackText('a\uFDD0U1\uFDD1b\uFDEF')).toBe('aU1b');
  });
});
