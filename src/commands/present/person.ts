import type { Actor } from '../request.ts';

/**
 * People named in replies. A person on the viewer's own platform is marked as a mention, so each
 * adapter can show them its own way (Slack and Discord as a real mention, which shows the
 * person's name; the shell and plain text as `@id`). The marks are Unicode noncharacters, which
 * Unicode reserves for a program's internal use: nobody types them, and the adapters remove them
 * from what people send, so only this module can put a mention into a reply.
 */

const OPEN = '\uFDD0';
const CLOSE = '\uFDD1';
const MARKED = /\uFDD0([^\uFDD0-\uFDEF]+)\uFDD1/g;
const NONCHARACTERS = /[\uFDD0-\uFDEF]/g;

/** `slack:U0123ABCD` as a mention of `U0123ABCD` to someone on the same platform, in full otherwise. */
export const showPerson = (person: string, viewer: Actor): string =>
  person.startsWith(`${viewer.platform}:`) ? `${OPEN}${person.slice(viewer.platform.length + 1)}${CLOSE}` : person;

/** Every marked mention in `text` replaced by `show(userId)`. */
export const renderMentions = (text: string, show: (userId: string) => string): string => text.replace(MARKED, (_, userId: string) => show(userId));

/** Marked mentions as the readable `@id` (plain text, the shell, logs of tests). */
export const readableMentions = (text: string): string => renderMentions(text, (userId) => `@${userId}`);

/** The user ids `text` mentions, in order. */
export const mentionedIds = (text: string): string[] => [...text.matchAll(MARKED)].map((match) => match[1]!);

/** Text a person sent, without the mention marks (so nobody can forge a mention into a reply). */
export const withoutMentionMarks = (text: string): string => text.replace(NONCHARACTERS, '');
