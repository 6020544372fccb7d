import type Database from 'better-sqlite3';
import type { BatchSummary, Claim, SearchHit, SourceSummary } from '../../shared/model';
import { iterateClaims, countClaims } from './db/claims';
import { lexiconIsEmpty, mergeLexicon, readLexicon } from './db/lexicon';
import { acquireWriterLock } from './db/lock';
import { openProject, type OpenOptions } from './db/open';
import { countSources, listSources, searchSources } from './db/sources';
import { loadDefaultLexicon, type Lexicon } from './extract';
import { importPaths, type ImportOptions } from './importer/import-batch';

/** One open project file and the engine operations over it; the CLI, service and tests use this. */
export class Project {
  private constructor(
    readonly db: Database.Database,
    readonly file: string,
    private readonly releaseLock: () => void,
  ) {}

  static async open(file: string, options: OpenOptions & { resourcesDir?: string } = {}): Promise<Project> {
    const release = options.readonly ? () => {} : acquireWriterLock(file);
    let opened;
    try {
      opened = await openProject(file, options);
    } catch (err) {
      release();
      throw err;
    }
    const project = new Project(opened.db, file, release);
    if (!options.readonly && lexiconIsEmpty(opened.db)) {
      mergeLexicon(opened.db, loadDefaultLexicon(options.resourcesDir));
    }
    return project;
  }

  /** The project's lexicon as the extractor needs it (the analyst's edits included). */
  lexicon(): Lexicon {
    return readLexicon(this.db);
  }

  importPaths(
    paths: ReadonlyArray<string>,
    options: Omit<ImportOptions, 'lexicon'> = {},
  ): Promise<BatchSummary> {
    return importPaths(this.db, paths, { ...options, lexicon: this.lexicon() });
  }

  claims(): Iterable<Claim> {
    return iterateClaims(this.db);
  }

  search(query: string, limit?: number): SearchHit[] {
    return searchSources(this.db, query, limit);
  }

  sources(limit?: number, offset?: number): SourceSummary[] {
    return listSources(this.db, limit, offset);
  }

  counts(): { sources: number; claims: number } {
    return { sources: countSources(this.db), claims: countClaims(this.db) };
  }

  close(): void {
    if (this.db.open) this.db.close();
    this.releaseLock();
  }
}
