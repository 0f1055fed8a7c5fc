import { memo } from 'react';
import { COLOURS } from '../../shared/model.ts';
import { useT } from '../i18n/i18n.ts';
import { ColourIcon } from './colours.tsx';

/** What the colours mean, always in view. */
export const Legend = memo(function Legend() {
  const { t } = useT();
  return (
    <ul className="legend" aria-label={t('board.legend')}>
      {COLOURS.map((colour) => (
        <li key={colour} className="legend__item">
          <span className={`legend__swatch akr-${colour}`}>
            <ColourIcon colour={colour} size={16} />
          </span>
          <span>
            <strong>{t(`colour.${colour}`)}</strong> – {t(`colour.${colour}.meaning`)}
          </span>
        </li>
      ))}
    </ul>
  );
});
