import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPolicySource, PolicyFileError, type ReloadOutcome } from '../../../src/policy-source.ts';
import { ZRTHERAPY_POLICY_FILE } from '../../helpers/policy.ts';

const copyOfDefaultPolicy = (): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'policy-source-')), 'policy.yml');
  copyFileSync(ZRTHERAPY_POLICY_FILE, file);
  return file;
};

describe('openPolicySource', () => {
  it('keeps the running policy when a reload finds a broken file, and reports every problem', async () => {
    const file = copyOfDefaultPolicy();
    const source = await openPolicySource(file);
    const running = source.current();
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: scope', 'id: key-details').replace('name: Zayna Ratty', 'name: ""'));
    const outcome = await source.reload();
    expect(outcome.kind).toBe('refused');
    const problems = outcome.kind === 'refused' ? outcome.problems.join('\n') : '';
    expect(problems).toContain('clauses[3].id: duplicate id "key-details"');
    expect(problems).toContain('owner.name: must not be empty');
    expect(source.current()).toBe(running);
  });

  it('switches to a valid new version, and says when nothing changed', async () => {
    const file = copyOfDefaultPolicy();
    const source = await openPolicySource(file);
    const before = source.current().policy.version;
    expect(await source.reload()).toEqual({ kind: 'unchanged', version: before });
    writeFileSync(file, readFileSync(file, 'utf8').replace('Zayna Ratty\n  role', 'Zayna Ratty\n  contact: zayna@zrtherapy.co.uk\n  role'));
    const outcome = await source.reload();
    expect(outcome).toMatchObject({ kind: 'loaded', previousVersion: before });
    expect(source.current().policy.document.owner.contact).toBe('zayna@zrtherapy.co.uk');
  });

  it('reloads by itself when the file changes on disk', async () => {
    const file = copyOfDefaultPolicy();
    const source = await openPolicySource(file);
    const heard = new Promise<ReloadOutcome>((resolve) => source.watchFile(resolve));
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n# edited\n`);
    expect((await heard).kind).toBe('loaded');
    source.close();
  });

  it('refuses to start from a broken file, listing its problems', async () => {
    const file = copyOfDefaultPolicy();
    writeFileSync(file, 'title: ""\n');
    await expect(openPolicySource(file)).rejects.toThrow(PolicyFileError);
  });

  it('runs overlapping reloads one after the other, so the newest file is the one running', async () => {
    const file = copyOfDefaultPolicy();
    const source = await openPolicySource(file);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}\n# first edit ${process.pid} ${Date.now()}\n`);
    const first = source.reload();
    writeFileSync(file, `${original}\n# second edit ${process.pid} ${Date.now()}\n`);
    const second = source.reload();
    const [one, two] = await Promise.all([first, second]);
    // Each reload reads the file when its turn comes: the first finds the second edit, the second has nothing new.
    expect(one.kind).toBe('loaded');
    expect(two).toEqual({ kind: 'unchanged', version: one.version });
    expect(await source.reload()).toEqual({ kind: 'unchanged', version: one.version });
  });
});

describe('watching a policy file that cannot be watched', () => {
  it('says so instead of throwing, so the bot still starts (SIGHUP reloads)', async () => {
    const file = copyOfDefaultPolicy();
    const source = await openPolicySource(file);
    rmSync(dirname(file), { recursive: true });
    expect(source.watchFile(() => {})).toBe(false);
    source.close();
  });
});
