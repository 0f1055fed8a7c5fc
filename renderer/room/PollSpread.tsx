// The colours from presenter.ts, not the protocol: the board and the projector load this without zod.
import { PROJECTED_COLOURS as POLL_COLOURS } from '../../shared/presenter.ts';
import { useT } from '../i18n/i18n.ts';
import type { PollCounts } from './inboxTypes.ts';

/**
 * The spread of a colour poll: the four colours with their labels, each
 * with its count and a bar (a share of the most given), never who voted.
 * The same list in the room panel, on the board and on the projector.
 */
export function PollSpread({ counts, className }: { counts: PollCounts | null; className?: string }) {
  const { t, plural } = useT();
  const shown = counts ?? { green: 0, yellow: 0, red: 0, black: 0 };
  const most = Math.max(0, ...POLL_COLOURS.map((c) => shown[c]));
  const total = POLL_COLOURS.reduce((sum, c) => sum + shown[c], 0);
  return (
    <div className={className ? `poll-spread ${className}` : 'poll-spread'}>
      <ul className="poll-spread__list" data-testid="poll-spread">
        {POLL_COLOURS.map((colour) => (
          <li key={colour} className={`poll-spread__row poll-spread__row--${colour}`} data-colour={colour}>
            <span className="poll-spread__label">
              <span className={`poll-spread__swatch poll-spread__swatch--${colour}`} aria-hidden="true" />
              <span>
                <strong>{t(`colour.${colour}`)}</strong> – {t(`colour.${colour}.short`)}
              </span>
            </span>
            <span className="poll-spread__bar-track" aria-hidden="true">
              <span
                className={`poll-spread__bar poll-spread__bar--${colour}`}
                style={{ width: `${most > 0 ? Math.round((shown[colour] / most) * 1000) / 10 : 0}%` }}
              />
            </span>
            <span className="poll-spread__count" data-testid={`poll-count-${colour}`}>
              {shown[colour]}
            </span>
          </li>
        ))}
      </ul>
      <p className="poll-spread__total">{plural('phones.votes', total)}</p>
    </div>
  );
}
