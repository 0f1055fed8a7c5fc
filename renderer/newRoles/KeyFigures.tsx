import { Download } from 'lucide-react';
import { useId, useMemo } from 'react';
import { toCsv } from '../../shared/csvWrite.ts';
import { safeStem } from '../../shared/exchange/fileName.ts';
import { keyFigures, summariseNewRoles } from '../../shared/newRoles.ts';
import { useT } from '../i18n/i18n.ts';
import { useServices } from '../store/context.ts';
import { routeToHash } from '../store/route.ts';
import { useLive } from '../store/useLive.ts';
import { keyFigureCsvRows } from './staffingText.ts';
import { FiguresHead } from './FiguresHead.tsx';
import { PeopleFigures } from './PeopleFigures.tsx';
import { scrollRegion } from '../components/scrollRegion.ts';

/**
 * Key figures of the new roles across all analyses, for a coordinator: how
 * many, how many hours, AB against BEA, and the hours freed per existing
 * role; a table per analysis and a CSV. Nothing at all while no analysis has
 * new roles.
 */
export function KeyFigures() {
  const { t, hours, number } = useT();
  const { repos, platform } = useServices();
  const all = useLive(() => repos.newRoles.liveAll(), [repos]);
  const titleId = useId();
  const analyses = useMemo(
    () =>
      (all ?? [])
        .map((a) => {
          const summaries = summariseNewRoles(a.board, a.roles, a.parts, a.extras?.taskIds ?? []);
          const count = (contract: 'AB' | 'BEA' | null) => summaries.filter((s) => s.role.contract === contract).length;
          return {
            id: a.analysis.id,
            unit: a.analysis.unitName,
            summaries,
            hours: summaries.reduce((sum, s) => sum + s.hours, 0),
            ab: count('AB'),
            bea: count('BEA'),
            none: count(null),
          };
        })
        .filter((a) => a.summaries.length > 0),
    [all],
  );
  if (analyses.length === 0) return null;
  const figures = keyFigures(analyses.map((a) => a.summaries));
  const posts = analyses.reduce((sum, a) => sum + a.summaries.reduce((s, x) => s + x.share, 0), 0);

  const exportCsv = () => {
    const rows = keyFigureCsvRows(
      analyses,
      {
        unit: t('keyFigures.csv.unit'),
        newRole: t('keyFigures.csv.newRole'),
        hours: t('keyFigures.csv.hours'),
        share: t('keyFigures.csv.share'),
        contract: t('keyFigures.csv.contract'),
        relieves: t('keyFigures.csv.relieves'),
        noContract: t('keyFigures.csv.noContract'),
      },
      hours,
    );
    const day = new Date().toISOString().slice(0, 10);
    void platform.saveFile(`${safeStem(t('keyFigures.csv.fileName'))}-${day}.csv`, new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  };

  const stats: { key: string; label: string; value: string; detail?: string }[] = [
    { key: 'analyses', label: t('keyFigures.analyses'), value: number(figures.analyses) },
    { key: 'newRoles', label: t('keyFigures.newRoles'), value: number(figures.newRoles) },
    { key: 'hours', label: t('keyFigures.hours'), value: hours(figures.hours), detail: t('keyFigures.hoursPosts', { posts }) },
  ];
  const contracts = [
    { key: 'ab', label: t('keyFigures.ab'), value: figures.byContract.AB },
    { key: 'bea', label: t('keyFigures.bea'), value: figures.byContract.BEA },
    { key: 'none', label: t('keyFigures.none'), value: figures.byContract.none },
  ];

  return (
    <section className="key-figures" aria-labelledby={titleId} data-testid="key-figures">
      <div className="key-figures__head">
        <div>
          <h2 id={titleId}>{t('keyFigures.title')}</h2>
          <p className="muted">{t('keyFigures.intro')}</p>
        </div>
        <button type="button" className="button" onClick={exportCsv}>
          <Download aria-hidden size={18} />
          {t('keyFigures.export')}
        </button>
      </div>
      <dl className="key-figures__stats">
        {stats.map((s) => (
          <div key={s.key} className="key-figures__stat" data-figure={s.key}>
            <dt>{s.label}</dt>
            <dd>
              <span className="key-figures__value">{s.value}</span>
              {s.detail && <span className="key-figures__detail">{s.detail}</span>}
            </dd>
          </div>
        ))}
        <div className="key-figures__stat" data-figure="contracts">
          <dt>{t('keyFigures.contracts')}</dt>
          <dd>
            <ul className="key-figures__contracts">
              {contracts.map((c) => (
                <li key={c.key} data-figure={c.key}>
                  <span className="key-figures__contract-value">{number(c.value)}</span> <span>{c.label}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <PeopleFigures hires={(all ?? []).flatMap((a) => a.hires)} />
      <div className="key-figures__tables">
        {figures.freed.length > 0 && (
          <div className="table-wrap" ref={scrollRegion}>
            <table className="data-table staffing-table" data-testid="key-figures-freed">
              <caption>{t('keyFigures.freed.caption')}</caption>
              <FiguresHead name={t('keyFigures.freed.role')} numbers={[t('keyFigures.freed.hours')]} />
              <tbody>
                {figures.freed.map((f) => (
                  <tr key={f.name}>
                    <th scope="row">{f.name}</th>
                    <td className="staffing-num">{hours(f.hours)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="table-wrap" ref={scrollRegion}>
          <table className="data-table staffing-table" data-testid="key-figures-analyses">
            <caption>{t('keyFigures.perAnalysis.caption')}</caption>
            <FiguresHead
              name={t('keyFigures.col.unit')}
              numbers={[t('keyFigures.col.newRoles'), t('keyFigures.col.hours'), t('keyFigures.col.ab'), t('keyFigures.col.bea'), t('keyFigures.col.none')]}
            />
            <tbody>
              {analyses.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <a data-route-link href={routeToHash({ name: 'analysis', id: a.id, view: 'newRoles' })}>
                      {a.unit}
                    </a>
                  </th>
                  <td className="staffing-num">{number(a.summaries.length)}</td>
                  <td className="staffing-num">{hours(a.hours)}</td>
                  <td className="staffing-num">{number(a.ab)}</td>
                  <td className="staffing-num">{number(a.bea)}</td>
                  <td className="staffing-num">{number(a.none)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
