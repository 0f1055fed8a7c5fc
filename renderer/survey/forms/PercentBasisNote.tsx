import type { PercentBasis } from '../../../shared/survey/build.ts';
import { useT } from '../../i18n/i18n.ts';
import { percentBasisText } from './percentBasisText.ts';

/** Says what percent-of-week answers were reckoned on (own contracted hours or the full-time week); nothing for answers in hours. */
export function PercentBasisNote({ basis }: { basis: PercentBasis | null }) {
  const translator = useT();
  if (!basis) return null;
  return (
    <p className="muted" data-testid="percent-basis">
      {percentBasisText(basis, translator)}
    </p>
  );
}
