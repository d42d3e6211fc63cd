import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Architecture rule 9: the core and the command layer import no adapter, no platform SDK and no store. */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.name.endsWith('.ts') ? [path] : [];
  });

/** Every module specifier: static imports and re-exports, `import type`, and dynamic `import()`. */
export const specifiersOf = (source: string): string[] => {
  const found: string[] = [];
  for (const match of source.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm)) found.push(match[1]!);
  for (const match of source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) found.push(match[1]!);
  for (const match of source.matchAll(/\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g)) found.push(match[1]!);
  for (const match of source.matchAll(/\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g)) found.push(match[1]!);
  return found;
};

const FORBIDDEN_PACKAGES = [/^@slack\//, /^discord\.js$/, /^@discordjs\//, /^pg$/, /^kysely/, /^node:sqlite$/];
const FORBIDDEN_DIRS = [join(SRC, 'adapters'), join(SRC, 'store')];

/** Why a specifier imported from `file` breaks the rule, or undefined. */
export const violation = (file: string, specifier: string): string | undefined => {
  if (FORBIDDEN_PACKAGES.some((pattern) => pattern.test(specifier))) return `imports the SDK or driver "${specifier}"`;
  if (!specifier.startsWith('.')) return undefined;
  const target = resolve(dirname(file), specifier);
  const dir = FORBIDDEN_DIRS.find((forbidden) => target === forbidden || target.startsWith(`${forbidden}/`));
  if (dir) return `imports ${relative(ROOT, target)} from ${relative(ROOT, dir)}/`;
  if (file.startsWith(join(SRC, 'policy')) && (target.startsWith(join(SRC, 'commands')) || target === join(SRC, 'main.ts'))) {
    return `the core imports ${relative(ROOT, target)}`;
  }
  return undefined;
};

const problemsIn = (dir: string): string[] =>
  filesUnder(dir).flatMap((file) =>
    specifiersOf(readFileSync(file, 'utf8')).flatMap((specifier) => {
      const why = violation(file, specifier);
      return why ? [`${relative(ROOT, file)} ${why}`] : [];
    }),
  );

describe('layering', () => {
  it('src/policy imports nothing from commands, adapters, store or any SDK', () => {
    expect(problemsIn(join(SRC, 'policy'))).toEqual([]);
  });

  it('src/commands imports nothing from adapters, store or any SDK', () => {
    expect(problemsIn(join(SRC, 'commands'))).toEqual([]);
  });

  it('sees every way of importing, so the rule cannot pass by accident', () => {
    const commandFile = join(SRC, 'commands', 'example.ts');
    const source = [
      "import { App } from '@slack/bolt';",
      "import type { Client } from 'discord.js';",
      "export { openStore } from '../store/open-store.ts';",
      "const shell = await import('../adapters/shell/render.ts');",
      "import {\n  a,\n  b,\n} from 'pg';",
    ].join('\n');
    const found = specifiersOf(source).map((specifier) => violation(commandFile, specifier));
    expect(found.every((why) => why !== undefined)).toBe(true);
    expect(found).toHaveLength(5);
    expect(violation(commandFile, '../policy/check-draft.ts')).toBeUndefined();
    expect(violation(join(SRC, 'policy', 'x.ts'), '../commands/request.ts')).toMatch(/core imports/);
  });
});
