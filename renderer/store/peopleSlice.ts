import type * as People from '../../shared/people.ts';
import type { PeopleSlice, Slice, StoreDeps } from './types.ts';

/** Loaded with the first edit, not with the first screen. */
let peopleCode: Promise<typeof People> | null = null;
const people = () => (peopleCode ??= import('../../shared/people.ts'));

/** The people in the new roles: each verb one undo step, called `label` in the history. */
export function createPeopleSlice({ repos, newId, now = () => new Date().toISOString() }: StoreDeps): Slice<PeopleSlice> {
  return (_set, get) => ({
    async addHire(newRoleId, fields, label) {
      const role = await repos.items.get('newRoles', newRoleId);
      if (!role) return null;
      const id = newId();
      const hires = await repos.items.where('hires', 'analysisId', role.analysisId);
      await get().commit((await people()).createHire(hires, role, fields, id, now()), { undoable: true, label });
      return id;
    },
    async editHire(hireId, fields, label) {
      const hire = await repos.items.get('hires', hireId);
      if (!hire) return;
      const changes = (await people()).editHire(hire, fields, now());
      if (changes.length > 0) await get().commit(changes, { undoable: true, label });
    },
    async removeHire(hireId, label) {
      const hire = await repos.items.get('hires', hireId);
      if (hire) await get().commit((await people()).deleteHire(hire), { undoable: true, label });
    },
  });
}
