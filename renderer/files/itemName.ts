import type { Item } from '../../shared/model.ts';
import type { ContentKind } from '../../shared/records/registry.ts';
import type { MessageKey } from '../i18n/sv.ts';
import type { Translator } from '../i18n/i18n.ts';

/** What kind of thing an item is, in words: "Uppgift". */
export function tableName({ t }: Translator, table: ContentKind): string {
  // Every kind of record has its name in the dictionaries (the key's type checks it).
  return t(`files.table.${table}`);
}

type Fields = Partial<Record<'title' | 'name' | 'text' | 'unitName' | 'fileName' | 'role' | 'key' | 'question' | 'taskId' | 'roleId' | 'colour', unknown>>;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * What one item is called where a person reads it (a preview, History):
 * the task's title, the note's text, a placement's task, role and colour.
 * `names` gives tasks' and roles' names by id.
 */
export function itemValue(translator: Translator, table: ContentKind, item: Item, names: Readonly<Record<string, string>>): string {
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
export function itemLabel(translator: Translator, table: ContentKind, item: Item | null, names: Readonly<Record<string, string>>): string {
  const kind = tableName(translator, table);
  if (!item) return kind;
  const value = itemValue(translator, table, item, names);
  return value === kind ? kind : `${kind}: ${value}`;
}
