/**
 * Paths given by the user (files and folders) → the files to import, recursively, sorted.
 * Dotfiles and dot-folders are skipped (.DS_Store, .git); symlinked folders are followed once
 * (a folder reached again through a link is a loop and is skipped, not an error).
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { ErrorCode } from './errors';

export interface ListError {
  path: string;
  code: string;
  message: string;
}

export async function listInputFiles(paths: string[]): Promise<{ files: string[]; errors: ListError[] }> {
  const files = new Set<string>();
  const errors: ListError[] = [];
  const visitedDirs = new Set<string>();

  const visit = async (path: string, explicit: boolean): Promise<void> => {
    if (!explicit && basename(path).startsWith('.')) return;
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      errors.push(fsError(path, error));
      return;
    }
    if (info.isFile()) {
      files.add(path);
      return;
    }
    if (!info.isDirectory()) return; // sockets, devices: never articles
    let real: string;
    try {
      real = await realpath(path);
    } catch (error) {
      errors.push(fsError(path, error));
      return;
    }
    if (visitedDirs.has(real)) return;
    visitedDirs.add(real);
    let entries: string[];
    try {
      entries = await readdir(path);
    } catch (error) {
      errors.push(fsError(path, error));
      return;
    }
    entries.sort();
    for (const entry of entries) await visit(join(path, entry), false);
  };

  for (const path of paths) await visit(resolve(path), true);
  // Code-unit order: deterministic across platforms and locales.
  return { files: [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), errors };
}

function fsError(path: string, error: unknown): ListError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { path, code: ErrorCode.notFound, message: `${path} does not exist` };
  if (code === 'ELOOP')
    return {
      path,
      code: ErrorCode.symlinkLoop,
      message: `${path} is a symbolic link that points back to itself`,
    };
  if (code === 'EACCES' || code === 'EPERM')
    return { path, code: ErrorCode.unreadable, message: `${path} cannot be read: permission denied` };
  return { path, code: ErrorCode.unreadable, message: `${path} cannot be read: ${(error as Error).message}` };
}
