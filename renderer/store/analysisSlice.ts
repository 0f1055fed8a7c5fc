import { created, deleted, invertChanges, updated, type Change } from '../../shared/changes.ts';
import type { Item } from '../../shared/model.ts';
import { createAnalysis, createRole, roleOrderAfterStep } from '../../shared/analysis.ts';
import { copyAnalysis } from '../../shared/records/copy.ts';
import { itemsOf } from '../../shared/exchange/format.ts';
import { CONTENT_KIND_NAMES, type EditableKind, type RecordOf } from '../../shared/records/registry.ts';
import { AppError } from '../../shared/errors.ts';
import { loadDictionary } from '../i18n/i18n.ts';
import type { AnalysisSlice, Slice, StoreDeps } from './types.ts';

/** Analyses, their steps and roles, and the app's settings: each verb reads what it starts from, and commits. */
export function createAnalysisSlice({ repos, platform, newId, now = () => new Date().toISOString() }: StoreDeps): Slice<AnalysisSlice> {
  return (_set, get) => {
    const commit = (changes: Change[]) => get().commit(changes, { undoable: false });
    /** The stored item an edit starts from. */
    const current = async <K extends EditableKind>(kind: K, id: string, missing: 'analysisMissing' | 'roleMissing' | 'itemMissing'): Promise<RecordOf<K>> => {
      const item = await repos.items.get(kind, id);
      if (!item) throw new AppError(missing, { kind, id });
      return item;
    };
    /** Changes the fields of one stored item. The read counts as part of the write: "Sparar…" from the start, and a missing item is a failed save. */
    const edit = (kind: EditableKind, id: string, patch: object, missing: 'analysisMissing' | 'roleMissing' | 'itemMissing' = 'itemMissing') =>
      get().track(
        (async () => {
          const before = await current(kind, id, missing);
          const changes = [updated(kind, before as Item, { ...before, ...patch })]; // the patch is of this kind's own fields
          await commit(changes);
          return changes;
        })(),
      );
    return {
      async createAnalysis(fields) {
        const bundle = createAnalysis(fields, newId(), now());
        await commit([created('analyses', bundle.analysis), ...bundle.steps.map((s) => created('steps', s))]);
        return bundle.analysis.id;
      },
      async updateAnalysis(id, patch) {
        await edit('analyses', id, patch, 'analysisMissing');
      },
      async duplicateAnalysis(id, unitName) {
        const source = await repos.analyses.record(id);
        if (!source) throw new AppError('analysisMissing', { id });
        const { record } = copyAnalysis(source, { unitName, now: now(), newId });
        await commit(CONTENT_KIND_NAMES.flatMap((kind) => itemsOf(record, kind).map((item) => created(kind, item))));
        return record.analysis.id;
      },
      async createExample(input) {
        // The builder loads with the first example, not with the app; the view brings the survey (its own chunk).
        const [{ buildExample }, settings] = await Promise.all([import('../../shared/example.ts'), repos.settings.get()]);
        const { analysisId, changes } = buildExample({ ...input, defaultFullTimeHours: settings.defaultFullTimeHours, newId, now: now() });
        await commit(changes);
        return analysisId;
      },
      async deleteAnalysis(id) {
        const changes = await edit('analyses', id, { deletedAt: now() }, 'analysisMissing');
        return () => commit(invertChanges(changes));
      },
      async restoreAnalysis(id) {
        await edit('analyses', id, { deletedAt: null }, 'analysisMissing');
      },
      async updateStep(id, patch) {
        await edit('steps', id, patch);
      },
      async addRole(analysisId, fields, existing) {
        await commit([created('roles', createRole(analysisId, fields, existing, newId(), now()))]);
      },
      async updateRole(id, patch) {
        await edit('roles', id, patch, 'roleMissing');
      },
      async moveRole(sorted, id, step) {
        const order = roleOrderAfterStep(sorted, id, step);
        if (order !== null) await edit('roles', id, { order }, 'roleMissing');
      },
      async deleteRole(id) {
        const role = await current('roles', id, 'roleMissing');
        const changes = [...(await repos.roles.placementsOf(role.analysisId, id)).map((p) => deleted('placements', p)), deleted('roles', role)];
        await commit(changes);
        return () => commit(invertChanges(changes));
      },
      async updateSettings(patch) {
        // The new language's texts first, so the switch is one render, not a blank while they load.
        if (patch.language) await loadDictionary(patch.language);
        const before = await repos.settings.row();
        // The first change stores the starting settings with it: the policy's unlocked defaults hold until changed.
        const after = { ...(before ?? { id: 'app' as const, rev: 1, updatedAt: now(), ...(await repos.settings.starting()) }), ...patch };
        await commit([before ? updated('preferences', before, after) : created('preferences', after)]);
        if (patch.language) await platform.setLanguage(patch.language);
      },
    };
  };
}
