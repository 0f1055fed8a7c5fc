/**
 * From a starting list (or the own library) to the tasks added to an
 * analysis: the list's roles matched to the analysis's roles by name, and
 * the picked tasks with the roles they are asked of.
 */
import type { Role } from '../model.ts';
import { matchKey } from '../text.ts';
import type { Language } from '../vocabulary.ts';
import type { Bilingual, LibraryList } from './libraryTypes.ts';
import type { NewSurveyTask } from './taskList.ts';

/**
 * The analysis role for each of a list's roles (by its Swedish name, as the
 * tasks name them): the role with the same name in Swedish or English, apart
 * from case and spacing; null where the analysis has none.
 */
export function matchLibraryRoles(listRoles: readonly Bilingual[], roles: readonly Pick<Role, 'id' | 'name'>[]): Map<string, string | null> {
  return new Map(
    listRoles.map((lr) => {
      const found = roles.find((r) => matchKey(r.name) === matchKey(lr.sv) || matchKey(r.name) === matchKey(lr.en));
      return [lr.sv, found?.id ?? null];
    }),
  );
}

/** A task of a list, named by its group and place: what a picker's checkbox stands for. */
export function libraryTaskKey(groupId: string, index: number): string {
  return `${groupId}/${index}`;
}

/**
 * The picked tasks of a list as tasks to add, in the list's order: titled in
 * `language`, grouped by the list's group names, each asked of the analysis
 * roles its list roles map to (`roleMap`, from `matchLibraryRoles` as the
 * facilitator left it). A task whose roles map to none is asked of no role.
 */
export function libraryEntries(
  list: LibraryList,
  picked: ReadonlySet<string>,
  roleMap: ReadonlyMap<string, string | null>,
  language: Language,
): NewSurveyTask[] {
  return list.groups.flatMap((g) =>
    g.tasks.flatMap((t, i) => {
      if (!picked.has(libraryTaskKey(g.id, i))) return [];
      const roleIds = [...new Set((t.roles ?? []).map((name) => roleMap.get(name) ?? null).filter((id): id is string => id !== null))];
      return [{ title: t[language], group: g.name[language], roleIds }];
    }),
  );
}
