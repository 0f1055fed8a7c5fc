/**
 * The shapes of the starting task lists, apart from `library.ts` so the
 * lists in `./libraryLists/` can name them without importing back into the
 * module that loads them.
 */
import type { Language } from '../vocabulary.ts';

/** A text in every UI language. */
export type Bilingual = Readonly<Record<Language, string>>;

/** One task of a starting list, with its title in both languages. */
export interface LibraryTask extends Bilingual {
  /** Roles that typically do it, by their Swedish names as a unit would call them; among the list's `roles`. */
  readonly roles?: readonly string[];
}

/** Tasks of one kind of work (omsorg, administration …) within a list. */
export interface LibraryGroup {
  /** Stable within its list. */
  readonly id: string;
  readonly name: Bilingual;
  readonly tasks: readonly LibraryTask[];
}

/** A unit type's starting task list. */
export interface LibraryList {
  /** Stable: a choice may be remembered by it. */
  readonly id: string;
  readonly name: Bilingual;
  readonly description?: Bilingual;
  /** The roles its tasks name, Swedish name (`sv`) as used in the tasks. */
  readonly roles: readonly Bilingual[];
  readonly groups: readonly LibraryGroup[];
}
