import { describe, expect, it } from 'vitest';
import { libraryEntries, libraryTaskKey, matchLibraryRoles } from '../../../../shared/survey/libraryPick.ts';
import type { LibraryList } from '../../../../shared/survey/libraryTypes.ts';

const list: LibraryList = {
  id: 'kok',
  name: { sv: 'Kök', en: 'Kitchen' },
  roles: [
    { sv: 'Kock', en: 'Cook' },
    { sv: 'Måltidsbiträde', en: 'Kitchen assistant' },
    { sv: 'Kostchef', en: 'Catering manager' },
  ],
  groups: [
    {
      id: 'mat',
      name: { sv: 'Matlagning', en: 'Cooking' },
      tasks: [
        { sv: 'Laga mat', en: 'Cook meals', roles: ['Kock'] },
        { sv: 'Diska', en: 'Wash up', roles: ['Kock', 'Måltidsbiträde'] },
      ],
    },
    { id: 'admin', name: { sv: 'Administration', en: 'Administration' }, tasks: [{ sv: 'Beställa varor', en: 'Order goods', roles: ['Kostchef'] }] },
  ],
};

describe('adding tasks from a starting list', () => {
  it('matches the list’s roles to the analysis’s by name in either language, apart from case and spacing', () => {
    const map = matchLibraryRoles(list.roles, [
      { id: 'r1', name: ' kock ' },
      { id: 'r2', name: 'Kitchen Assistant' },
      { id: 'r3', name: 'Förskollärare' },
    ]);
    expect([...map]).toEqual([
      ['Kock', 'r1'],
      ['Måltidsbiträde', 'r2'],
      ['Kostchef', null],
    ]);
  });

  it('makes the picked tasks, titled and grouped in the UI language, with the roles that matched', () => {
    const map = new Map([
      ['Kock', 'r1'],
      ['Måltidsbiträde', null],
      ['Kostchef', null],
    ]);
    const picked = new Set([libraryTaskKey('mat', 1), libraryTaskKey('admin', 0)]);
    expect(libraryEntries(list, picked, map, 'sv')).toEqual([
      { title: 'Diska', group: 'Matlagning', roleIds: ['r1'] },
      { title: 'Beställa varor', group: 'Administration', roleIds: [] },
    ]);
    expect(libraryEntries(list, picked, map, 'en').map((e) => [e.title, e.group])).toEqual([
      ['Wash up', 'Cooking'],
      ['Order goods', 'Administration'],
    ]);
    expect(libraryEntries(list, new Set(), map, 'sv')).toEqual([]);
  });
});
