import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyFileLazily } from '../../../src/read-policy-file.ts';
import { ZRTHERAPY_POLICY_FILE } from '../../helpers/policy.ts';

/** A policy file whose text no cache has seen (a comment of its own). */
const unseenPolicy = (): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'read-policy-')), 'acme.yml');
  writeFileSync(path, `${readFileSync(ZRTHERAPY_POLICY_FILE, 'utf8')}\n# ${process.pid}-${performance.now()}-${Math.random()}\n`);
  return path;
};

describe('loadPolicyFileLazily', () => {
  it('runs beforeParse before parsing a text the parse cache does not have, and not when it does', async () => {
    const path = unseenPolicy();
    const calls: string[] = [];
    const first = await loadPolicyFileLazily(path, async () => void calls.push('before'));
    expect(first.ok).toBe(true);
    expect(calls).toEqual(['before']);
    const again = await loadPolicyFileLazily(path, async () => void calls.push('again'));
    expect(again.ok).toBe(true);
    expect(calls).toEqual(['before']);
  });

  it('parses anyway when beforeParse fails', async () => {
    const outcome = await loadPolicyFileLazily(unseenPolicy(), () => Promise.reject(new Error('no cache today')));
    expect(outcome.ok).toBe(true);
  });
});
