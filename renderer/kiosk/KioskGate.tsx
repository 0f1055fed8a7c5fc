import { lazy, Suspense, type ReactNode } from 'react';
import { useServices } from '../store/context.ts';
import { useLive } from '../store/useLive.ts';

const KioskPage = lazy(() => import('./KioskPage.tsx').then((m) => ({ default: m.KioskPage })));

/**
 * While the kiosk lock is stored, only the kiosk is drawn: whatever the
 * address, after a reload and after a restart. Nothing is drawn until the
 * lock has been read (at start-up from one row read early, see earlyLock.ts),
 * so the app never flashes up before the kiosk. The kiosk's code is fetched
 * only when it is on.
 */
export function KioskGate({ children }: { children: ReactNode }) {
  const { repos } = useServices();
  const lock = useLive(() => repos.kiosk.live(), [repos]);
  if (lock === undefined) return null;
  if (lock === null) return children;
  return (
    <Suspense fallback={null}>
      <KioskPage lock={lock} />
    </Suspense>
  );
}
