import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { isUserError } from '../policy/errors.ts';

/** Reads JSON Lines, answers each line in order; a bad line gets an `error` field and the batch goes on. */
export const answerJsonLines = async (
  input: Readable,
  output: Writable,
  answer: (value: unknown) => Record<string, unknown>,
): Promise<void> => {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      output.write(`${JSON.stringify({ id: null, error: 'not valid JSON' })}\n`);
      continue;
    }
    output.write(`${JSON.stringify(answerSafely(value, answer))}\n`);
  }
};

const idOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : null;

const answerSafely = (value: unknown, answer: (value: unknown) => Record<string, unknown>): Record<string, unknown> => {
  try {
    return answer(value);
  } catch (error) {
    if (isUserError(error)) return { id: idOf(value), error: error.message, code: error.code };
    return { id: idOf(value), error: 'internal error while answering this line' };
  }
};
