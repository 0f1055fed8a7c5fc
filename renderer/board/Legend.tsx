import { memo } from 'react';
import { COLOURS } from '../../shared/model.ts';
import { useT } from '../i18n/i18n.ts';
import { ColourIcon } from './colours.tsx';

const SORTED_COLOURS = COLOURS.filter((c) => c !== 'unsorted');

/** What the colours mean, always in view: one short line (the full meaning on hover). Osorterat needs none. */
export const Legend = memo(function Legend() {
  const { t } = useT();
  return (
    <ul className="legend" aria-label={t('board.legend')}>
      {SORTED_COLOURS.map((colour) => (
        <li key={colour} className="legend__item" title={t(`colour.${colour}.meaning`)}>
          <span className={`legend__swatch akr-${colour}`}>
            <ColourIcon colour={colour} size={16} />
          </span>
          <span>
            <strong>{t(`colour.${colour}`)}</strong> – {t(`colour.${colour}.short`)}
          </span>
        </li>
      ))}
    </ul>
  );
});
