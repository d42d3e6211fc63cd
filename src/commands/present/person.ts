import type { Actor } from '../request.ts';

/** `slack:U0123ABCD` shown as `@U0123ABCD` to someone on the same platform, in full otherwise. */
export const showPerson = (person: string, viewer: Actor): string =>
  person.startsWith(`${viewer.platform}:`) ? `@${person.slice(viewer.platform.length + 1)}` : person;
