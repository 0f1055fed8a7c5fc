import type { FilesSlice, Slice, StoreDeps } from './types.ts';

/**
 * Analysis files and History. An import and a restore from History write the
 * exchange's own records with the revisions the merge decides (see
 * exchangeRepository); they are announced like edits, so the sync folder
 * follows, and an import ends the undo history of what it changed (an undo
 * would write back a version from before it).
 */
export function createFilesSlice({ repos, platform }: StoreDeps): Slice<FilesSlice> {
  return (_set, get) => ({
    exportFile: (ids, options) => repos.exchange.exportFile(ids, options),
    async importFile(file, fileName, choices) {
      const plans = await get().track(repos.exchange.apply(file, fileName, choices));
      const changed = plans.filter((p) => p.writes.length > 0).map((p) => p.analysisId);
      for (const id of changed) get().forgetHistory(id);
      get().announceChanged(changed);
      return plans;
    },
    async restoreKept(keptId) {
      const kept = await get().track(repos.exchange.restoreKept(keptId));
      get().forgetHistory(kept.analysisId);
      get().announceChanged([kept.analysisId]);
    },
    async eraseAnalysis(id) {
      const files = await get().track(repos.analyses.erase(id));
      get().forgetHistory(id);
      // The room's journal holds phones' answers for it too (per person): it goes with the analysis.
      await platform.room.erase(id);
      return files;
    },
  });
}
