import { existsSync } from 'node:fs';
import type { ApiOutput, EventSink } from '../../../shared/api';
import { ProjectError } from '../db/errors';
import { Project } from '../project';
import { ConcordService, type ServiceOptions } from '../service';
import { ServiceError } from './errors';

export interface SessionOptions extends ServiceOptions {
  /** How this host opens a project file (Electron passes its own better-sqlite3 binding). */
  readonly openProject?: (file: string) => Promise<Project>;
  /** Told after another project was opened (Electron keeps its Recent list with this). */
  readonly onOpened?: (file: string) => void;
}

/**
 * The project a host is showing, which `project.open` can swap. Each host (Electron, browser,
 * tests) holds one session; the service inside it is rebuilt for every project.
 */
export class ProjectSession {
  private current: ConcordService;

  constructor(
    project: Project,
    private readonly events: EventSink,
    private readonly options: SessionOptions = {},
  ) {
    this.current = new ConcordService(project, events, options);
  }

  get service(): ConcordService {
    return this.current;
  }

  /** Opens FILE (creating it only when asked); the current project stays open if that fails. */
  async open(file: string, create: boolean): Promise<ApiOutput<'project.info'>> {
    if (this.current.isBusy()) {
      throw new ServiceError(
        'busy',
        'An import, export or re-extraction is running in this project; cancel it before opening another.',
      );
    }
    if (!create && !existsSync(file)) throw new ServiceError('not_found', `${file} does not exist.`, file);
    let project: Project;
    try {
      project = await (this.options.openProject ?? ((f: string) => Project.open(f)))(file);
    } catch (err) {
      if (err instanceof ProjectError) throw new ServiceError('project_error', err.message, err.file ?? file);
      throw err;
    }
    const previous = this.current;
    this.current = new ConcordService(project, this.events, this.options);
    await previous.close();
    previous.project.close();
    this.options.onOpened?.(file);
    const info = this.current.info();
    this.events('project.changed', info);
    return info;
  }

  async close(): Promise<void> {
    await this.current.close();
    this.current.project.close();
  }
}
