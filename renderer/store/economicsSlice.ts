import type { Change } from '../../shared/changes.ts';
import type * as Economics from '../../shared/economics.ts';
import type { EconomicsSlice, Slice, StoreDeps } from './types.ts';

/** Loaded with the first edit, not with the first screen. */
let economicsCode: Promise<typeof Economics> | null = null;
const economics = () => (economicsCode ??= import('../../shared/economics.ts'));

/**
 * The economic estimate's inputs: each verb is one undo step, computed from the
 * item as stored once the edits before it are, so inputs typed in quick
 * succession (tabbing through a person's fields) all stay.
 */
export function createEconomicsSlice({ repos, newId, now = () => new Date().toISOString() }: StoreDeps): Slice<EconomicsSlice> {
  return (_set, get) => {
    let queue: Promise<void> = Promise.resolve();
    const edit = (changes: () => Promise<Change[]>, label: string): Promise<void> => {
      const run = async () => {
        const list = await changes();
        if (list.length > 0) await get().commit(list, { undoable: true, label });
      };
      queue = queue.then(run, run);
      return queue;
    };
    return {
      setHireEstimate: (hireId, patch, label) =>
        edit(async () => {
          const hire = await repos.items.get('hires', hireId);
          return hire ? (await economics()).setHireEstimate(hire, patch, now()) : [];
        }, label),
      async addHireForEstimate(newRoleId, label) {
        const id = newId();
        await edit(async () => {
          const role = await repos.items.get('newRoles', newRoleId);
          if (!role) return [];
          return (await economics()).addHireForEstimate(await repos.items.where('hires', 'analysisId', role.analysisId), role, id, now());
        }, label);
        return id;
      },
      setFreedUse: (newRoleId, text, label) =>
        edit(async () => {
          const role = await repos.items.get('newRoles', newRoleId);
          return role ? (await economics()).setFreedUse(role, text, now()) : [];
        }, label),
    };
  };
}
