import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { isUserError } from '../policy/errors.ts';

/** A byte-order mark some editors put at the start of a UTF-8 file: not part of the first line's JSON. */
const BYTE_ORDER_MARK = /^\uFEFF/;

/**
 * Reads JSON Lines, answers each line in order; a bad line gets an `error` field and the batch
 * goes on. One output line per input line (cli-contract.md), so a blank line between items is
 * answered too, as an error, and the outputs stay aligned with the inputs. Blank lines at the end
 * of the input follow no item: they are an editor's trailing newlines, and get no answer.
 */
export const answerJsonLines = async (
  input: Readable,
  output: Writable,
  answer: (value: unknown) => Record<string, unknown>,
): Promise<void> => {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let first = true;
  // Blank lines seen since the last item: answered once an item follows them.
  let blanks = 0;
  for await (const read of lines) {
    const line = first ? read.replace(BYTE_ORDER_MARK, '') : read;
    first = false;
    if (line.trim() === '') {
      blanks += 1;
      continue;
    }
    for (; blanks > 0; blanks--) output.write(`${JSON.stringify({ id: null, error: 'empty line: expected one JSON object' })}\n`);
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
