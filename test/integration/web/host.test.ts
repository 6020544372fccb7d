import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { API, EVENTS } from '../../../shared/api';
import { Project } from '../../../main/core/project';
import { startBrowserHost, type BrowserHost } from '../../../main/web';
import { useTmpDir } from '../../helpers/tmp';
import { writeArticles } from './articles';
import { apiCall, collectEvents, rawRequest } from './http';

const tmp = useTmpDir();
const hosts: BrowserHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

/** A browser host on port 0 over a fresh project, serving a tiny stand-in renderer folder. */
async function startHost(): Promise<{ host: BrowserHost; dir: string; auth: Record<string, string> }> {
  const dir = tmp();
  const staticDir = join(dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(
    join(staticDir, 'index.html'),
    '<!doctype html><title>Concord</title><script type="module" src="./assets/app.js"></script>',
  );
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("concord");');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder');
  const project = await Project.open(join(dir, 'p.concord'));
  const host = await startBrowserHost(project, { port: 0, staticDir, version: 'test', workers: 0 });
  hosts.push(host);
  return { host, dir, auth: { 'X-Concord-Token': host.token } };
}

describe('browser host', () => {
  it('prints a 127.0.0.1 URL with a 32-byte hex token and listens on loopback only', async () => {
    const { host } = await startHost();
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[0-9a-f]{64}$`));
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === 'IPv4');
    for (const address of external) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = connect(host.port, address!.address);
        socket.on('connect', () => (socket.destroy(), resolve(false)));
        socket.on('error', () => resolve(true));
      });
      expect(refused, `reachable on ${address!.address}`).toBe(true);
    }
  });

  it('refuses requests without the token (401), with a foreign Host or Origin (403)', async () => {
    const { host, auth } = await startHost();
    const noToken = await apiCall(host.port, 'project.info', {}, {});
    expect(noToken.status).toBe(401);
    expect(JSON.parse(noToken.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await apiCall(host.port, 'project.info', {}, { 'X-Concord-Token': 'f'.repeat(64) })).status).toBe(
      401,
    );
    expect((await rawRequest(host.port, { path: '/' })).status).toBe(401);
    expect((await rawRequest(host.port, { path: '/api/events' })).status).toBe(401);
    // A token in the query string is for the page and the event stream, not for API calls.
    expect(
      (
        await rawRequest(host.port, {
          method: 'POST',
          path: `/api/project.info?token=${host.token}`,
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(401);

    const rebound = await apiCall(
      host.port,
      'project.info',
      {},
      { ...auth, Host: `evil.example:${host.port}` },
    );
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body)).toMatchObject({ error: { code: 'forbidden' } });
    expect(
      (await apiCall(host.port, 'project.info', {}, { ...auth, Host: `127.0.0.1:${host.port + 1}` })).status,
    ).toBe(403);
    expect(
      (await rawRequest(host.port, { path: `/?token=${host.token}`, headers: { Host: 'attacker.test' } }))
        .status,
    ).toBe(403);
    const foreign = await apiCall(host.port, 'project.info', {}, { ...auth, Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(
      (await apiCall(host.port, 'project.info', {}, { ...auth, Origin: `http://localhost:${host.port}` }))
        .status,
    ).toBe(200);
    expect(
      (await apiCall(host.port, 'project.info', {}, { ...auth, Host: `localhost:${host.port}` })).status,
    ).toBe(200);
  });

  it('serves the API with the token: results, typed errors, body limits', async () => {
    const { host, auth } = await startHost();
    for (const header of [auth, { Authorization: `Bearer ${host.token}` }]) {
      const res = await apiCall(host.port, 'project.info', {}, header);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      const body = JSON.parse(res.body) as { ok: true; value: unknown };
      expect(API['project.info'].output.parse(body.value)).toMatchObject({
        name: 'p.concord',
        counts: { sources: 0, claims: 0 },
      });
    }
    const invalid = await apiCall(host.port, 'sources.list', { offset: 0, limit: 100000 }, auth);
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('limit') },
    });
    expect(JSON.parse((await apiCall(host.port, 'no.such', {}, auth)).body)).toMatchObject({
      error: { code: 'unknown_method' },
    });
    expect(JSON.parse((await apiCall(host.port, 'sources.get', { id: 's_x' }, auth)).body)).toMatchObject({
      error: { code: 'not_found' },
    });
    const notJson = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/project.info',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    const wrongType = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/project.info',
      headers: { ...auth, 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(wrongType.status).toBe(415);
    const huge = await apiCall(host.port, 'import.start', { paths: ['x'.repeat(2 * 1024 * 1024)] }, auth);
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(
      (await rawRequest(host.port, { method: 'GET', path: '/api/project.info', headers: auth })).status,
    ).toBe(405);
  });

  it('delivers import progress and done over server-sent events', async () => {
    const { host, dir, auth } = await startHost();
    const folder = writeArticles(dir);
    const stream = collectEvents(
      host.port,
      `/api/events?token=${host.token}`,
      (name) => name === 'import.done',
    );
    expect(await stream.status).toBe(200);
    await stream.ready;
    const started = JSON.parse(
      (await apiCall(host.port, 'import.start', { paths: [folder] }, auth)).body,
    ) as { ok: true; value: { jobId: string } };
    const events = await stream.events;
    const progress = events
      .filter((e) => e.name === 'import.progress')
      .map((e) => EVENTS['import.progress'].parse(e.data));
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.jobId === started.value.jobId)).toBe(true);
    const done = EVENTS['import.done'].parse(events.at(-1)!.data);
    expect(done).toMatchObject({ jobId: started.value.jobId, summary: { status: 'done', sourcesAdded: 3 } });
    const list = JSON.parse(
      (await apiCall(host.port, 'sources.list', { offset: 0, limit: 10 }, auth)).body,
    ) as { value: { total: number } };
    expect(list.value.total).toBe(3);
  });

  it('serves the renderer with a token cookie, CSP and content types; refuses traversal', async () => {
    const { host } = await startHost();
    const page = await rawRequest(host.port, { path: `/?token=${host.token}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const cookie = String(page.headers['set-cookie']?.[0] ?? '');
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const asCookie = { Cookie: cookie.split(';')[0]! };

    const script = await rawRequest(host.port, { path: '/assets/app.js', headers: asCookie });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toContain('concord');
    expect((await rawRequest(host.port, { path: '/assets/app.js' })).status).toBe(401);
    // The cookie opens pages and assets, never the API.
    expect((await apiCall(host.port, 'project.info', {}, asCookie)).status).toBe(401);

    for (const path of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/../../package.json',
      '/%2e%2e%2f%2e%2e%2fpackage.json',
    ]) {
      const res = await rawRequest(host.port, { path, headers: asCookie });
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('outside the renderer folder');
      expect(res.body).not.toContain('"name"');
    }
    expect((await rawRequest(host.port, { path: '/missing.js', headers: asCookie })).status).toBe(404);
    expect((await rawRequest(host.port, { method: 'DELETE', path: '/', headers: asCookie })).status).toBe(
      405,
    );
  });
});
