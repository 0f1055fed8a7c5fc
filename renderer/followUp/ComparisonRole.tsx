import { useState } from 'react';
import type { ComparisonFigures } from '../../shared/followUp.ts';
import { COLOURS, type Colour } from '../../shared/model.ts';
import { largestRemainder } from '../../shared/numbers.ts';
import { useT } from '../i18n/i18n.ts';

type Shown = Colour | 'new';
const NOW_COLOURS: readonly Shown[] = [...COLOURS, 'new'];

/** Whole percent per part that add up to 100 (none when there are no hours). */
function percents(hours: Partial<Record<Shown, number>>, parts: readonly Shown[]): Map<Shown, number> {
  const shown = parts.filter((c) => (hours[c] ?? 0) > 0);
  const whole = largestRemainder(shown.map((c) => hours[c] ?? 0));
  return new Map(shown.map((c, i) => [c, whole[i] ?? 0]));
}

const sum = (r: Partial<Record<Shown, number>>) => Object.values(r).reduce((a: number, b) => a + b, 0);

/**
 * One role's (or the unit's) hours by colour then and now: two stacked bars with the colours'
 * patterns and labels, the change in red and black work, and the figures as a table. Bars show
 * hours rounded to the half hour; the table keeps them exact.
 */
export function ComparisonRole({ id, name, figures, note }: { id: string; name: string; figures: ComparisonFigures; note?: string }) {
  const { t, hours, roundHours, number } = useT();
  const [asTable, setAsTable] = useState(false);
  const thenPercent = percents(figures.then, COLOURS);
  const nowPercent = percents(figures.now, NOW_COLOURS);
  const colourName = (c: Shown) => t(c === 'new' ? 'colour.new' : `colour.${c}`);
  const signed = (h: number) => (h > 0 ? `+${hours(h)}` : h < 0 ? `−${hours(-h)}` : `±${hours(0)}`);
  // Both bars on one scale, so that fewer hours now read as a shorter bar.
  const widest = Math.max(sum(figures.then), sum(figures.now));
  const bar = (when: 'then' | 'now') => {
    const values: Partial<Record<Shown, number>> = figures[when];
    const parts = (when === 'then' ? COLOURS : NOW_COLOURS).filter((c) => (values[c] ?? 0) > 0);
    const percent = when === 'then' ? thenPercent : nowPercent;
    const total = sum(values);
    const summary = parts
      .map((c) => t('followUp.compare.part', { colour: colourName(c), hours: roundHours(values[c] ?? 0), share: number(percent.get(c) ?? 0, 0) }))
      .join(', ');
    const label = t(when === 'then' ? 'followUp.compare.then' : 'followUp.compare.now');
    return (
      <div className="compare__row">
        <span className="compare__when">
          {label} <span className="compare__sum">{roundHours(total)}</span>
        </span>
        <span
          className="bar"
          style={{ width: `${widest > 0 ? (total / widest) * 100 : 100}%` }}
          role="img"
          aria-label={t('followUp.compare.bar', { role: name, when: label, parts: summary || t('followUp.compare.noHours') })}
        >
          {parts.map((c) => (
            <span key={c} className={`bar__part akr-${c}`} style={{ width: `${((values[c] ?? 0) / total) * 100}%` }} data-colour={c}>
              {(values[c] ?? 0) / total >= 0.08 && <span className="bar__label">{number(percent.get(c) ?? 0, 0)} %</span>}
            </span>
          ))}
        </span>
      </div>
    );
  };
  const rows = NOW_COLOURS.filter((c) => (c === 'new' ? 0 : figures.then[c]) > 0 || figures.now[c] > 0);
  const redBlackThen = figures.then.red + figures.then.black;
  const redBlackNow = figures.now.red + figures.now.black;
  return (
    <section className="compare" aria-labelledby={id} data-compare-role={id}>
      <h4 id={id} className="compare__name">
        {name} {note && <span className="muted">{note}</span>}
      </h4>
      <div className="compare__bars">
        {bar('then')}
        {bar('now')}
      </div>
      <p className="compare__red-black" data-testid="red-black">
        {t('followUp.compare.redBlack', { then: hours(redBlackThen), now: hours(redBlackNow), change: signed(figures.redBlackChange) })}
      </p>
      <button type="button" className="button button--small button--quiet" aria-expanded={asTable} onClick={() => setAsTable(!asTable)}>
        {t('followUp.compare.showTable')}
      </button>
      <div className={asTable ? 'table-wrap' : 'visually-hidden'}>
        <table className="data-table compare__table">
          <caption>{t('followUp.compare.caption', { role: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('followUp.compare.colour')}</th>
              <th scope="col">{t('followUp.compare.thenHours')}</th>
              <th scope="col">{t('followUp.compare.thenShare')}</th>
              <th scope="col">{t('followUp.compare.nowHours')}</th>
              <th scope="col">{t('followUp.compare.nowShare')}</th>
              <th scope="col">{t('followUp.compare.change')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => {
              const then = c === 'new' ? 0 : figures.then[c];
              return (
                <tr key={c} data-colour={c}>
                  <th scope="row">{colourName(c)}</th>
                  <td>{c === 'new' ? '–' : hours(then)}</td>
                  <td>{c === 'new' ? '–' : `${number(thenPercent.get(c) ?? 0, 0)} %`}</td>
                  <td>{hours(figures.now[c])}</td>
                  <td>{`${number(nowPercent.get(c) ?? 0, 0)} %`}</td>
                  <td>{signed(figures.now[c] - then)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('followUp.compare.sum')}</th>
              <td>{hours(sum(figures.then))}</td>
              <td>{sum(figures.then) > 0 ? '100 %' : '–'}</td>
              <td>{hours(sum(figures.now))}</td>
              <td>{sum(figures.now) > 0 ? '100 %' : '–'}</td>
              <td>{signed(sum(figures.now) - sum(figures.then))}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
