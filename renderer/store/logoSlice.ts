import { removeLogo, setLogo } from '../../shared/logo.ts';
import type { LogoSlice, Slice, StoreDeps } from './types.ts';

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
