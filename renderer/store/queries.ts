import type { Settings } from '../../shared/model.ts';
import { DEFAULT_SETTINGS } from '../../shared/model.ts';
import { useServices } from './context.ts';
import { useLive } from './useLive.ts';

/** Live views of the database for components; each follows its data across windows. */
export function useSummaries() {
  const { repos } = useServices();
  return useLive(() => repos.analyses.liveSummaries(), [repos]);
}

export function useDeletedAnalyses() {
  const { repos } = useServices();
  return useLive(() => repos.analyses.liveDeleted(), [repos]);
}

export function useAnalysis(id: string) {
  const { repos } = useServices();
  return useLive(() => repos.analyses.liveAnalysis(id), [repos, id]);
}

export function useSteps(analysisId: string) {
  const { repos } = useServices();
  return useLive(() => repos.analyses.liveSteps(analysisId), [repos, analysisId]);
}

/** What is done in an analysis (what its steps' status follows). */
export function useWork(analysisId: string) {
  const { repos } = useServices();
  return useLive(() => repos.analyses.liveWork(analysisId), [repos, analysisId]);
}

export function useRoles(analysisId: string) {
  const { repos } = useServices();
  return useLive(() => repos.roles.live(analysisId), [repos, analysisId]);
}

export function useSettings(): Settings {
  const { repos } = useServices();
  return useLive(() => repos.settings.live(), [repos]) ?? DEFAULT_SETTINGS;
}
