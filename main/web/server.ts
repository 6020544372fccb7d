import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorCode, ApiHandlers } from '../../shared/api';
import { fail, type Result } from '../../shared/api/result';
import { dispatch } from '../core/service/dispatch';
import { readJsonBody, BodyError } from './body';
import { EventStream } from './event-stream';
import { checkRequest, tokenCookieName } from './guard';
import { BASE_HEADERS, serveStatic } from './static-files';

export interface WebHostOptions {
  readonly handlers: ApiHandlers;
  readonly events: EventStream;
  /** dist/renderer; null serves a "not built" page but keeps the API up. */
  readonly staticDir: string | null;
  /** 0 (default) takes any free port. */
  readonly port?: number;
  readonly token?: string;
  readonly maxBodyBytes?: number;
}

export interface WebHost {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const STATUS_OF: Partial<Record<ApiErrorCode, number>> = {
  invalid_input: 400,
  unknown_method: 404,
  not_found: 404,
  busy: 409,
  unsupported: 501,
  unauthorized: 401,
  forbidden: 403,
  internal: 500,
};

function sendResult(res: ServerResponse, result: Result<unknown>, status?: number): void {
  const code = status ?? (result.ok ? 200 : (STATUS_OF[result.error.code] ?? 400));
  res.writeHead(code, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(result));
}

/** The method named by /api/<method>; a malformed escape simply names no method. */
function methodOf(path: string): string {
  try {
    return decodeURIComponent(path.slice('/api/'.length));
  } catch {
    return '';
  }
}

/**
 * The browser host: the built renderer and shared/api.ts over HTTP, on 127.0.0.1 only, behind a
 * per-launch token. Used when Electron's binary is absent, in development, and by Playwright.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  let port = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (path.startsWith('/api/')) {
      const isEvents = path === '/api/events';
      // The EventSource API cannot set headers, hence the query token there and only there.
      const rejected = checkRequest(req, url, port, token, isEvents ? ['header', 'query'] : ['header']);
      if (rejected) return sendResult(res, fail(rejected.code, rejected.message), rejected.status);
      if (isEvents && req.method === 'GET') return options.events.attach(res);
      if (req.method !== 'POST')
        return sendResult(res, fail('invalid_input', 'API methods are called with POST.'), 405);
      let input: unknown;
      try {
        input = await readJsonBody(req, maxBody);
      } catch (err) {
        if (err instanceof BodyError) return sendResult(res, fail('invalid_input', err.message), err.status);
        throw err;
      }
      return sendResult(res, await dispatch(options.handlers, methodOf(path), input));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...BASE_HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    // Pages and their assets: the first load carries ?token=, which becomes a same-site cookie
    // so the page's own script and style requests (which cannot add headers) get through.
    const rejected = checkRequest(req, url, port, token, ['query', 'cookie']);
    if (rejected) {
      res.writeHead(rejected.status, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(rejected.message);
      return;
    }
    const cookie = `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
    return serveStatic(
      req,
      res,
      options.staticDir,
      path,
      url.searchParams.has('token') ? { 'Set-Cookie': cookie } : {},
    );
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('concord serve: request failed:', err);
      if (!res.headersSent) sendResult(res, fail('internal', 'The request failed; see the server log.'));
      else res.end();
    });
  });
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // 127.0.0.1 only: never on the LAN, whatever the machine's interfaces.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        options.events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
