/**
 * The screens main.tsx may fetch before the first render (when the app opens
 * on them), shared with the components that show them.
 */
import { lazyView } from './components/lazyView.ts';

export const analysisView = lazyView(
  () => import('./analysis/AnalysisView.tsx'),
  (m) => m.AnalysisView,
);
export const boardView = lazyView(
  () => import('./board/BoardView.tsx'),
  (m) => m.BoardView,
);
