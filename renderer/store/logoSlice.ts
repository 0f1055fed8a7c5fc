import { removeLogo, setLogo } from '../../shared/logo.ts';
import type { LogoType } from '../../shared/vocabulary.ts';
import type { Slice, StoreDeps } from './types.ts';

/** The organisation's logo of an analysis: set or removed, each one step to undo. */
export interface LogoSlice {
  /** Sets or replaces the logo (a picture already checked with `checkLogo`); `label` names the step in the history. */
  setLogo: (analysisId: string, picture: { type: LogoType; data: string; width: number; height: number }, label: string) => Promise<void>;
  /** Removes the logo; nothing when there is none. */
  removeLogo: (analysisId: string, label: string) => Promise<void>;
}

export function createLogoSlice({ repos, now = () => new Date().toISOString() }: StoreDeps): Slice<LogoSlice> {
  return (_set, get) => ({
    async setLogo(analysisId, picture, label) {
      const before = (await repos.items.get('logos', analysisId)) ?? null;
      await get().commit(setLogo(before, analysisId, picture, now()), { undoable: true, label });
    },
    async removeLogo(analysisId, label) {
      const changes = removeLogo((await repos.items.get('logos', analysisId)) ?? null);
      if (changes.length > 0) await get().commit(changes, { undoable: true, label });
    },
  });
}
