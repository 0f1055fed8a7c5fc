import Dexie, { type EntityTable } from 'dexie';
import type { Analysis, Placement, Role, Settings, Step, Task } from '../../shared/model.ts';
import { DB_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema.ts';

/** The settings table holds one row under this key. */
export interface SettingsRow extends Settings {
  key: 'app';
}

/** The one typed Dexie database of the app. */
export type AkrDb = Dexie & {
  analyses: EntityTable<Analysis, 'id'>;
  steps: EntityTable<Step, 'id'>;
  roles: EntityTable<Role, 'id'>;
  tasks: EntityTable<Task, 'id'>;
  placements: EntityTable<Placement, 'id'>;
  settings: EntityTable<SettingsRow, 'key'>;
};

export interface OpenOptions {
  name?: string;
  /** For tests: the versions to declare (defaults to all shipped ones). */
  versions?: readonly SchemaVersion[];
}

/**
 * Opens the database with every schema version declared. Writes use strict
 * durability, so a committed edit is on disk before the UI calls it saved:
 * a power cut loses at most the edit in flight.
 */
export function openDb(options: OpenOptions = {}): AkrDb {
  const db = new Dexie(options.name ?? DB_NAME, {
    chromeTransactionDurability: 'strict',
  }) as AkrDb; // Dexie's typed-table pattern: the tables are declared by the versions below.
  for (const v of options.versions ?? SCHEMA_VERSIONS) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return db;
}
