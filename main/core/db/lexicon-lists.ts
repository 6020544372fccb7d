import type Database from 'better-sqlite3';
import { prepared } from './prepared';

export interface EntityListItem {
  readonly name: string;
  readonly kind: string;
}

export interface MetricListItem {
  readonly id: string;
  readonly label: string;
  readonly definition: string;
}

/** Confirmed entities by name: what the pickers offer (proposed ones wait for the analyst). */
export function listEntities(db: Database.Database): EntityListItem[] {
  return prepared(
    db,
    'SELECT name, kind FROM entities WHERE confirmed = 1 ORDER BY name COLLATE NOCASE',
  ).all() as EntityListItem[];
}

export function listMetrics(db: Database.Database): MetricListItem[] {
  return prepared(db, 'SELECT id, label, definition FROM metrics ORDER BY id').all() as MetricListItem[];
}
