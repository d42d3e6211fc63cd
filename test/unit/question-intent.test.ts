import { describe, expect, it } from 'vitest';
import { intentWords, searchTextOf } from '../../src/policy/question-intent.ts';

describe('intentWords', () => {
  it.each(["What's our Facebook page actually for?", 'so what are the work accounts for', 'Quick one. What is the practice LinkedIn for? Thanks'])(
    'hears a purpose in "%s"',
    (question) => {
      expect(intentWords(question)).toEqual(['purpose']);
    },
  );

  it.each(['Can I post for the practice?', 'what should I post on our page', 'for what reason', 'what for', 'Who is the page for? Not sure what to do'])(
    'hears nothing more in "%s"',
    (question) => {
      expect(intentWords(question)).toEqual([]);
    },
  );

  it('keeps the question as it is when its shape implies nothing', () => {
    expect(searchTextOf('can I post a selfie?')).toBe('can I post a selfie?');
    expect(searchTextOf('what is the practice page for?')).toBe('what is the practice page for?\npurpose');
  });
});
