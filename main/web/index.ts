import type { Project } from '../core/project';
import { createHandlers } from '../core/service/handlers';
import { findRendererDir } from '../core/service/renderer-assets';
import { ProjectSession, type SessionOptions } from '../core/service/session';
import { EventStream } from './event-stream';
import { startWebHost, type WebHost } from './server';

export interface BrowserHostOptions extends SessionOptions {
  readonly port?: number;
  readonly staticDir?: string | null;
  readonly version: string;
}

export interface BrowserHost extends WebHost {
  readonly session: ProjectSession;
  /** Stops serving, cancels running imports and closes the project. */
  close(): Promise<void>;
}

/** Wires a project into the browser host: session + handlers + event stream + HTTP server. */
export async function startBrowserHost(project: Project, options: BrowserHostOptions): Promise<BrowserHost> {
  const events = new EventStream();
  const session = new ProjectSession(project, (name, payload) => events.send(name, payload), options);
  const handlers = createHandlers(session, { kind: 'browser', version: options.version });
  const staticDir = options.staticDir === undefined ? findRendererDir() : options.staticDir;
  const web = await startWebHost({
    handlers,
    events,
    staticDir,
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  return {
    ...web,
    session,
    close: async () => {
      await web.close();
      await session.close();
    },
  };
}
