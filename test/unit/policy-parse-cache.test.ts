import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/load-policy-file.ts';
import { parsePolicyDocument } from '../../src/policy/policy-document.ts';
import { cachedPolicy, rememberPolicy } from '../../src/policy-parse-cache.ts';

const POLICY = 'policies/zrtherapy.yml';
const cacheDir = join(tmpdir(), `policy-bot-cache-${userInfo().uid}`);

describe('the policy parse cache', () => {
  it('gives back exactly what parsing gives', () => {
    const text = readFileSync(POLICY, 'utf8');
    const parsed = parsePolicyDocument(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    rememberPolicy(text, parsed.policy);
    expect(cachedPolicy(text)).toEqual(JSON.parse(JSON.stringify(parsed.policy)));
    const loaded = loadPolicyFile(POLICY);
    expect(loaded.ok && loaded.policy.version).toBe(parsed.policy.version);
  });

  it('never answers for a different text', () => {
    const text = readFileSync(POLICY, 'utf8');
    expect(cachedPolicy(`${text}\n# an edit\n`)).toBeUndefined();
  });

  it('ignores an entry whose version is not the text it is filed under', () => {
    const text = `${readFileSync(POLICY, 'utf8')}\n# cache test ${process.pid}\n`;
    const parsed = parsePolicyDocument(text);
    if (!parsed.ok) throw new Error('the test policy should validate');
    rememberPolicy(text, parsed.policy);
    expect(cachedPolicy(text)?.version).toBe(parsed.policy.version);
    // Tamper with the newest entry: same key, another version.
    const newest = readdirSync(cacheDir)
      .filter((name) => name.endsWith('.json'))
      .find((name) => (JSON.parse(readFileSync(join(cacheDir, name), 'utf8')) as { version: string }).version === parsed.policy.version);
    if (newest === undefined) throw new Error('the entry was not written');
    writeFileSync(join(cacheDir, newest), JSON.stringify({ ...parsed.policy, version: '0000000000000000' }));
    expect(cachedPolicy(text)).toBeUndefined();
  });

  it('still reports every problem of a file that does not validate', () => {
    const outcome = loadPolicyFile('policies/no-such-policy.yml');
    expect(outcome).toEqual({ ok: false, problems: ['policies/no-such-policy.yml: no such file'] });
  });
});
