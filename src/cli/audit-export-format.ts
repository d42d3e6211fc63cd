import { canonicalJson } from '../policy/audit-chain.ts';
import type { AuditEntry } from '../policy/audit-records.ts';

/**
 * Export formats for an auditor or insurer. Values are exported exactly as stored (including
 * the hashes), so the chain can be re-verified from the export alone.
 */

const CSV_HEADER = ['seq', 'id', 'at', 'actor', 'platform', 'action', 'details', 'prev_hash', 'hash'];

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
const csvField = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export const formatAuditCsv = (entries: readonly AuditEntry[]): string => {
  const rows = entries.map((entry) => {
    const { action, ...details } = entry.event;
    return [String(entry.seq), entry.id, entry.at, entry.actor, entry.platform, action, canonicalJson(details), entry.prevHash, entry.hash];
  });
  return [CSV_HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
};

export const formatAuditJsonl = (entries: readonly AuditEntry[]): string =>
  entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
