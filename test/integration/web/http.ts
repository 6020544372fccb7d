import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/**
 * A raw HTTP request through node:http: unlike fetch it lets a test forge Host and Origin
 * headers, and it sends the path exactly as written (no ../ normalisation).
 */
export function rawRequest(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string; host?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: options.host ?? '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

export function apiCall(
  port: number,
  method: string,
  input: unknown,
  headers: Record<string, string>,
): Promise<RawResponse> {
  return rawRequest(port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
}

/** Reads server-sent events until `until` returns true for one of them. */
export function collectEvents(
  port: number,
  path: string,
  until: (name: string, data: unknown) => boolean,
): {
  ready: Promise<void>;
  events: Promise<Array<{ name: string; data: unknown }>>;
  status: Promise<number>;
} {
  let markReady!: () => void;
  let setStatus!: (n: number) => void;
  const ready = new Promise<void>((r) => (markReady = r));
  const status = new Promise<number>((r) => (setStatus = r));
  const events = new Promise<Array<{ name: string; data: unknown }>>((resolve, reject) => {
    const seen: Array<{ name: string; data: unknown }> = [];
    const req = httpRequest(
      { host: '127.0.0.1', port, path, headers: { Host: `127.0.0.1:${port}` } },
      (res) => {
        setStatus(res.statusCode ?? 0);
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          if (buffer.includes(': connected')) markReady();
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const name = /^event: (.+)$/m.exec(block)?.[1];
            const data = /^data: (.+)$/m.exec(block)?.[1];
            if (!name || data === undefined) continue;
            const parsed: unknown = JSON.parse(data);
            seen.push({ name, data: parsed });
            if (until(name, parsed)) {
              req.destroy();
              resolve(seen);
            }
          }
        });
        res.on('end', () => resolve(seen));
      },
    );
    req.on('error', reject);
    req.end();
  });
  return { ready, events, status };
}
