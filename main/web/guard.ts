import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ApiErrorCode } from '../../shared/api';

/** Where a request may carry the per-launch token; each route accepts only what it needs. */
export type TokenCarrier = 'header' | 'query' | 'cookie';

export interface Rejection {
  readonly status: 401 | 403;
  readonly code: Extract<ApiErrorCode, 'unauthorized' | 'forbidden'>;
  readonly message: string;
}

export function tokenCookieName(port: number): string {
  // Cookies are per host, not per port: naming it by port keeps two hosts from clobbering each other.
  return `concord_token_${port}`;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function headerToken(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  const custom = req.headers['x-concord-token'];
  return typeof custom === 'string' ? custom : undefined;
}

function cookieToken(req: IncomingMessage, port: number): string | undefined {
  const name = tokenCookieName(port);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

/**
 * The browser host's gate, in order: the Host header must name this server (a DNS-rebinding
 * page has its own host name there), a present Origin must be this server's own, and the token
 * must arrive by one of the carriers the route allows.
 */
export function checkRequest(
  req: IncomingMessage,
  url: URL,
  port: number,
  token: string,
  carriers: ReadonlyArray<TokenCarrier>,
): Rejection | null {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) {
    return {
      status: 403,
      code: 'forbidden',
      message: 'This server answers only to 127.0.0.1 and localhost.',
    };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
    return { status: 403, code: 'forbidden', message: 'Requests from other origins are refused.' };
  }
  const given = [
    carriers.includes('header') ? headerToken(req) : undefined,
    carriers.includes('query') ? (url.searchParams.get('token') ?? undefined) : undefined,
    carriers.includes('cookie') ? cookieToken(req, port) : undefined,
  ];
  if (!given.some((t) => sameToken(t, token))) {
    return {
      status: 401,
      code: 'unauthorized',
      message: 'Missing or wrong access token: open the full URL that `concord serve` printed.',
    };
  }
  return null;
}
