import type { IncomingMessage } from 'node:http';

/** The request body as text. */
export async function readText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON or form-encoded (with JSON-encoded values, as Slack's Web API client sends them). */
export function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return undefined;
  if (contentType?.includes('json')) return JSON.parse(text);
  const fields: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    fields[key] = value.startsWith('[') || value.startsWith('{') ? JSON.parse(value) : value;
  }
  return fields;
}
