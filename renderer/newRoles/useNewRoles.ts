import { useMemo } from 'react';
import type { NewRolesData } from '../db/newRolesRepository.ts';
import { useApp, useServices } from '../store/context.ts';
import { overlayPending } from '../store/pending.ts';
import { useLive } from '../store/useLive.ts';

/** The new roles of an analysis, with edits in flight shown at once. */
export function useNewRoles(analysisId: string): NewRolesData | undefined {
  const { repos } = useServices();
  const live = useLive(() => repos.newRoles.live(analysisId), [repos, analysisId]);
  const pending = useApp((s) => s.pending);
  return useMemo(() => {
    if (!live) return undefined;
    const list = Object.values(pending);
    const of = (table: string) => list.filter((p) => p.table === table && (p.item === null || (p.item as { analysisId?: string }).analysisId === analysisId));
    return {
      roles: overlayPending(live.roles, of('newRoles')),
      parts: overlayPending(live.parts, of('roleParts')),
      hires: overlayPending(live.hires, of('hires')),
      staffing:
        overlayPending(
          live.staffing ? [live.staffing] : [],
          of('staffing').filter((p) => p.id === analysisId),
        )[0] ?? null,
      extras:
        overlayPending(
          live.extras ? [live.extras] : [],
          of('extraFlags').filter((p) => p.id === analysisId),
        )[0] ?? null,
    };
  }, [live, pending, analysisId]);
}
