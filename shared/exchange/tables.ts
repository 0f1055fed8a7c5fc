/** The stores that hold an analysis's items: what a file carries and a merge compares, item by item. */
export const ITEM_TABLES = [
  'analyses',
  'steps',
  'roles',
  'tasks',
  'placements',
  'questionNotes',
  'timers',
  'surveys',
  'surveyImports',
  'surveyResponses',
  'swotNotes',
  'swotStacks',
  'voting',
  'discussion',
  'actions',
  'newRoles',
  'roleParts',
  'staffing',
  'extraFlags',
  'agendas',
] as const;
export type ItemTable = (typeof ITEM_TABLES)[number];

/** Every store an import reads or writes: the items, plus deletions, kept versions and what was last exchanged. */
export const EXCHANGE_TABLES = [...ITEM_TABLES, 'tombstones', 'keptVersions', 'exchanges'] as const;
export type ExchangeTable = (typeof EXCHANGE_TABLES)[number];
