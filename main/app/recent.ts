import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX_RECENT = 10;

/** Recently opened project files, newest first, kept in userData/recent-projects.json. */
export class RecentProjects {
  private readonly file: string;
  private list: string[];

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'recent-projects.json');
    this.list = this.read();
  }

  /** Entries whose file still exists (a project on an unplugged drive just drops off the menu). */
  entries(): ReadonlyArray<string> {
    return this.list.filter((f) => existsSync(f));
  }

  add(file: string): void {
    this.list = [file, ...this.list.filter((f) => f !== file)].slice(0, MAX_RECENT);
    this.write();
  }

  clear(): void {
    this.list = [];
    this.write();
  }

  private read(): string[] {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
      return Array.isArray(parsed) ? parsed.filter((f): f is string => typeof f === 'string') : [];
    } catch {
      return [];
    }
  }

  private write(): void {
    try {
      writeFileSync(this.file, JSON.stringify(this.list, null, 2));
    } catch (err) {
      console.error('concord: could not save the recent projects list:', err);
    }
  }
}
