import { describe, expect, it } from 'vitest';
import { redactSensitive } from '../../src/logger.ts';

describe('redactSensitive', () => {
  it('replaces sensitive keys at the top level and one and two levels down, in objects and arrays', () => {
    const logged = { text: 'a draft', request: { draft: 'b', actor: { question: 'c', id: 'U1' } }, items: [{ body: 'd' }], kind: 'command' };
    expect(redactSensitive(logged)).toEqual({
      text: '[redacted]',
      request: { draft: '[redacted]', actor: { question: '[redacted]', id: 'U1' } },
      items: [{ body: '[redacted]' }],
      kind: 'command',
    });
  });

  it('never changes the caller\'s object, and returns it as is when nothing is sensitive', () => {
    const logged = { config: { botToken: 'xoxb-1' }, verdict: 'stop' };
    const redacted = redactSensitive(logged);
    expect(logged.config.botToken).toBe('xoxb-1');
    expect(redacted.config.botToken).toBe('[redacted]');
    const plain = { kind: 'command', clauses: ['safe.spam'], nested: { durationMs: 3 } };
    expect(redactSensitive(plain)).toBe(plain);
  });

  it('keeps an error an error while removing its sensitive properties', () => {
    const error = Object.assign(new Error('boom'), { body: 'the draft' });
    const redacted = redactSensitive({ err: error }).err;
    expect(redacted).toBeInstanceOf(Error);
    expect(redacted.message).toBe('boom');
    expect(redacted.body).toBe('[redacted]');
    expect(error.body).toBe('the draft');
  });

  it('goes no deeper than three levels of keys', () => {
    const deep = { a: { b: { c: { text: 'kept' } } } };
    expect(redactSensitive(deep)).toBe(deep);
  });
});
