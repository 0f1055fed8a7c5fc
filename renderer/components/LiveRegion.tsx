import type { ReactNode } from 'react';

/** Where a view's moves are read out to screen readers: assertive and whole, as each replaces the last. */
export function LiveRegion({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <div className="visually-hidden" role="status" aria-live="assertive" aria-atomic="true" data-testid={testId}>
      {children}
    </div>
  );
}
