import type { Item } from '../../shared/model.ts';
import type { ItemTable } from '../../shared/exchange/tables.ts';
import type { MessageKey } from '../i18n/sv.ts';
import type { Translator } from '../i18n/i18n.ts';

const TABLE_KEYS: Record<ItemTable, MessageKey> = {
  analyses: 'files.table.analyses',
  steps: 'files.table.steps',
  roles: 'files.table.roles',
  tasks: 'files.table.tasks',
  placements: 'files.table.placements',
  questionNotes: 'files.table.questionNotes',
  timers: 'files.table.timers',
  surveys: 'files.table.surveys',
  surveyImports: 'files.table.surveyImports',
  surveyResponses: 'files.table.surveyResponses',
  swotNotes: 'files.table.swotNotes',
  swotStacks: 'files.table.swotStacks',
  voting: 'files.table.voting',
  discussion: 'files.table.discussion',
  actions: 'files.table.actions',
  newRoles: 'files.table.newRoles',
  roleParts: 'files.table.roleParts',
  staffing: 'files.table.staffing',
  extraFlags: 'files.table.extraFlags',
  agendas: 'files.table.agendas',
};

/** What kind of thing an item is, in words: "Uppgift". */
export function tableName({ t }: Translator, table: ItemTable): string {
  return t(TABLE_KEYS[table]);
}

type Fields = Partial<Record<'title' | 'name' | 'text' | 'unitName' | 'fileName' | 'role' | 'key' | 'question' | 'taskId' | 'roleId' | 'colour', unknown>>;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * What one item is called where a person reads it (a preview, History):
 * the task's title, the note's text, a placement's task, role and colour.
 * `names` gives tasks' and roles' names by id.
 */
export function itemValue(translator: Translator, table: ItemTable, item: Item, names: Readonly<Record<string, string>>): string {
  const { t } = translator;
  const f = item as Item & Fields;
  switch (table) {
    case 'placements': {
      const colour = str(f.colour);
      return t('files.colour', {
        task: names[String(f.taskId)] ?? '?',
        role: names[String(f.roleId)] ?? '?',
        colour: colour ? t(`colour.${colour}` as MessageKey) : '?',
      });
    }
    case 'steps':
      return str(f.key) ? t(`step.${String(f.key)}` as MessageKey) : item.id;
    case 'questionNotes':
      return str(f.question) ? t(`questions.${String(f.question)}` as MessageKey) : item.id;
    default:
      return str(f.title) ?? str(f.name) ?? str(f.text) ?? str(f.unitName) ?? str(f.fileName) ?? str(f.role) ?? tableName(translator, table);
  }
}

/** "Uppgift: Diska". */
export function itemLabel(translator: Translator, table: ItemTable, item: Item | null, names: Readonly<Record<string, string>>): string {
  const kind = tableName(translator, table);
  if (!item) return kind;
  const value = itemValue(translator, table, item, names);
  return value === kind ? kind : `${kind}: ${value}`;
}
