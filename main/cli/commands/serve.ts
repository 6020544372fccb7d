import { cpus } from 'node:os';
import pkg from '../../../package.json';
import { Project } from '../../core/project';
import { startBrowserHost } from '../../web';
import { openInBrowser } from '../../web/open-browser';
import { parseCommandArgs, requireOption, UsageError } from '../args';

export const SERVE_USAGE = 'concord serve --db FILE [--port N] [--open]';

/**
 * Resolves on the first SIGINT/SIGTERM. Later signals are ignored while the project closes:
 * Ctrl+C under `npm start` reaches this process twice (from the terminal and forwarded by
 * start.mjs), and the second must not kill it halfway through closing.
 */
function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (!stopping) resolve(signal);
      stopping = true;
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Runs the browser host until SIGINT/SIGTERM; the URL (with its token) is the first stdout line. */
export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    { db: { type: 'string' }, port: { type: 'string' }, open: { type: 'boolean' } },
    false,
  );
  const file = requireOption(values.db, 'db');
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be 0–65535');

  const project = await Project.open(file);
  let host;
  try {
    host = await startBrowserHost(project, {
      port,
      version: pkg.version,
      workers: Math.min(2, cpus().length),
    });
  } catch (err) {
    project.close();
    throw err;
  }
  process.stdout.write(`${host.url}\n`);
  process.stderr.write(`Concord is serving ${file} on 127.0.0.1:${host.port}; press Ctrl+C to stop.\n`);
  if (values.open && !openInBrowser(host.url)) {
    process.stderr.write('No display to open a browser on; open the URL above yourself.\n');
  }
  await waitForStopSignal();
  await host.close();
  process.stderr.write('Stopped; project closed.\n');
  return 0;
}
