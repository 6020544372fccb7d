import type { IncomingMessage } from 'node:http';

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

const DRAIN_FACTOR = 16;

/** Reads a JSON request body, refusing other content types and anything over `limit` bytes. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new BodyError(415, 'Send the input as application/json.');
  const declared = Number(req.headers['content-length'] ?? 0);
  // Far too large: answer at once and let the connection drop rather than read it all.
  if (declared > limit * DRAIN_FACTOR) throw new BodyError(413, `Request body over ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  // Over the limit, the rest is read and dropped, so the client gets the 413 instead of a reset.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit * DRAIN_FACTOR) break;
    if (size <= limit) chunks.push(chunk);
  }
  if (size > limit) throw new BodyError(413, `Request body over ${limit} bytes.`);
  const text = Buffer.concat(chunks).toString('utf8');
  // An empty body is an empty input, so `curl -X POST` works for the methods that take none.
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400, 'The request body is not valid JSON.');
  }
}
