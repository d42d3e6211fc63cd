import { createHash } from 'node:crypto';

/**
 * A validated policy document's version: a hash of what it says, not of how the file is written,
 * so a comment or a re-wrapped line is not a new version that everyone must acknowledge again.
 * A module of its own, so the parse cache can check an entry without loading the parser.
 */
export const versionOf = (document: unknown): string => createHash('sha256').update(JSON.stringify(document)).digest('hex').slice(0, 16);
