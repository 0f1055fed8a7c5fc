import type { Analysis, Role, Settings, Step } from '../../shared/model.ts';
import { loadDictionary } from '../i18n/i18n.ts';
import { createAnalysis, createRole, roleOrderAfterStep, type AnalysisFields, type RoleFields } from '../../shared/analysis.ts';
import type { Slice, StoreDeps } from './appStore.ts';

type Patch<T> = Partial<Omit<T, 'id' | 'rev' | 'updatedAt'>>;

/**
 * Verbs on analyses, steps, roles and settings. Each one calls a pure domain
 * function, then writes the changed items through a repository. Reading is
 * not done here: views follow the database through live queries.
 */
export interface AnalysisSlice {
  createAnalysis(fields: AnalysisFields): Promise<string>;
  updateAnalysis(id: string, patch: Patch<Analysis>): Promise<void>;
  duplicateAnalysis(id: string, unitName: string): Promise<string>;
  /** Soft-deletes; resolves to the undo. */
  deleteAnalysis(id: string): Promise<() => Promise<void>>;
  restoreAnalysis(id: string): Promise<void>;
  updateStep(id: string, patch: Patch<Step>): Promise<void>;
  addRole(analysisId: string, fields: RoleFields, existing: readonly Role[]): Promise<void>;
  updateRole(id: string, patch: Patch<Role>): Promise<void>;
  moveRole(sorted: readonly Role[], id: string, step: -1 | 1): Promise<void>;
  /** Deletes a role with its placements; resolves to the undo. */
  deleteRole(id: string): Promise<() => Promise<void>>;
  updateSettings(patch: Partial<Settings>): Promise<void>;
}

export function createAnalysisSlice({ repos, platform, newId }: StoreDeps): Slice<AnalysisSlice> {
  const now = () => new Date().toISOString();
  return (_set, get) => {
    const track = <T>(p: Promise<T>) => get().track(p);
    return {
      async createAnalysis(fields) {
        const bundle = createAnalysis(fields, newId(), now());
        await track(repos.analyses.create(bundle));
        return bundle.analysis.id;
      },
      async updateAnalysis(id, patch) {
        await track(repos.analyses.update(id, patch));
      },
      duplicateAnalysis: (id, unitName) => track(repos.analyses.duplicate(id, unitName)),
      async deleteAnalysis(id) {
        await track(repos.analyses.remove(id));
        return async () => {
          await track(repos.analyses.restore(id));
        };
      },
      async restoreAnalysis(id) {
        await track(repos.analyses.restore(id));
      },
      async updateStep(id, patch) {
        await track(repos.analyses.updateStep(id, patch));
      },
      async addRole(analysisId, fields, existing) {
        await track(repos.roles.add(createRole(analysisId, fields, existing, newId(), now())));
      },
      async updateRole(id, patch) {
        await track(repos.roles.update(id, patch));
      },
      async moveRole(sorted, id, step) {
        const order = roleOrderAfterStep(sorted, id, step);
        if (order !== null) await track(repos.roles.update(id, { order }));
      },
      async deleteRole(id) {
        const removed = await track(repos.roles.remove(id));
        return () => track(repos.roles.restore(removed));
      },
      async updateSettings(patch) {
        // The new language's texts first, so the switch is one render, not a blank while they load.
        if (patch.language) await loadDictionary(patch.language);
        const next = await track(repos.settings.update(patch));
        if (patch.language) await platform.setLanguage(next.language);
      },
    };
  };
}
