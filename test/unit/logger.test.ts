import { describe, expect, it } from 'vitest';
import type { LogLevel } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { command, OWNER, routerFixture, STAFF } from './commands/router-fixture.ts';

/** A pino destination that keeps every line. */
const capture = () => {
  const lines: string[] = [];
  return { lines, destination: { write: (line: string) => void lines.push(line) } };
};

// Distinctive words no log line could contain by chance.
const MARK = 'Quillowbyte';
const DRAFT = `${MARK} said my 2pm client cried about her divorce, ring 07700 900789`;

describe('createLogger', () => {
  it('writes JSON lines with the fields it is given', () => {
    const { lines, destination } = capture();
    createLogger({ level: 'info', destination }).info({ kind: 'command', verdict: 'stop', clauses: ['safe.spam'], durationMs: 3 }, 'handled');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, msg: 'handled', kind: 'command', verdict: 'stop', clauses: ['safe.spam'], durationMs: 3 });
  });

  it('redacts people\'s words and secrets by path, however deep', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'info', destination });
    logger.info({ text: MARK, request: { draft: MARK, actor: { question: MARK } }, config: { botToken: `xoxb-${MARK}` }, token: MARK }, 'x');
    logger.info({ body: { text: MARK }, payload: MARK, headers: { authorization: MARK } }, 'y');
    expect(lines.join('')).not.toContain(MARK);
    expect(lines.join('')).toContain('[redacted]');
  });

  it('honours the level', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'warn', destination });
    logger.info('quiet');
    logger.warn('loud');
    expect(lines).toHaveLength(1);
  });
});

describe('no draft, question or topic ever reaches the log', () => {
  it.each<LogLevel>(['info', 'debug', 'trace'])('at %s', async (level) => {
    const { lines, destination } = capture();
    const logger = createLogger({ level, destination });
    const { handle, store } = routerFixture({ logger });
    await handle(command(`check ${DRAFT}`));
    await handle(command(`check --account company ${DRAFT}`));
    await handle({ kind: 'check-message', actor: STAFF, text: DRAFT });
    await handle({ kind: 'direct-message', actor: STAFF, text: `Can I post about ${MARK} on Instagram?` });
    await handle(command(`ask is ${MARK} allowed`));
    await handle(command(`explain ${MARK}`));
    await handle(command(`check ${DRAFT} ${'x'.repeat(3000)}`));
    await handle(command(`${MARK} unknown`));
    await handle(command(`approve app ${MARK}`, OWNER));
    await handle({ kind: 'button', actor: STAFF, actionId: 'walkthrough.next', value: MARK });
    const failing = { ...store, grants: { ...store.grants, holdsAnyGrant: async () => Promise.reject(new Error(`failed on ${MARK}`)) } };
    await routerFixture({ logger, store: failing }).handle(command(`check --account company ${DRAFT}`));
    expect(lines.length).toBeGreaterThanOrEqual(11);
    const all = lines.join('\n');
    expect(all).not.toContain(MARK);
    expect(all).not.toContain('07700');
    expect(all).not.toContain('divorce');
    expect(all).toContain('"verdict":"stop"');
    expect(all).toContain('"msg":"fault"');
  });
});
