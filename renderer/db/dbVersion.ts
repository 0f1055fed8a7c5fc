/**
 * The database's name and the version of its current schema: what the reads
 * at start-up (warmDb.ts, earlyLock.ts) need, without the schema's upgrades.
 * The version is the last of schema.ts's SCHEMA_VERSIONS (a test checks it):
 * raise it with every version added there.
 */
export const DB_NAME = 'akr-studio';
export const DB_VERSION = 14;
