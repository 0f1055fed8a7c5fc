import type { YearFigures } from '../../shared/economics.ts';
import type { MessageKey } from '../i18n/sv.ts';
import { useT } from '../i18n/i18n.ts';
import { money } from './staffingText.ts';
import { scrollRegion } from '../components/scrollRegion.ts';

type Row = { key: MessageKey; pick: (y: YearFigures) => number | null; net?: boolean; sub?: boolean };

const ROWS: readonly Row[] = [
  { key: 'econ.row.salaryCost', pick: (y) => y.salaryCost },
  { key: 'econ.row.subsidy', pick: (y) => y.subsidy },
  { key: 'econ.row.cost', pick: (y) => y.cost },
  { key: 'econ.row.unit', pick: (y) => y.byPayer?.unit ?? null, sub: true },
  { key: 'econ.row.labourMarket', pick: (y) => y.byPayer?.labourMarket ?? null, sub: true },
  { key: 'econ.row.peopleSavings', pick: (y) => y.peopleSavings },
  { key: 'econ.row.postsSaving', pick: (y) => y.postsSaving },
  { key: 'econ.row.savings', pick: (y) => y.savings },
  { key: 'econ.row.net', pick: (y) => y.net, net: true },
];

/** The estimate's years 1–3 for the municipality: cost, subsidy, savings and net, "inte angivet" where an input is missing. */
export function EstimateResult({ years, roleName }: { years: readonly YearFigures[]; roleName: string }) {
  const { t, language } = useT();
  const cell = (value: number | null, isNet: boolean) => {
    if (value === null) return <span className="staffing__missing">{t('econ.notGiven')}</span>;
    if (!isNet || Math.abs(value) < 0.5) return money(isNet ? 0 : value, language);
    return t(value > 0 ? 'econ.saves' : 'econ.costs', { amount: money(Math.abs(value), language) });
  };
  const rows = years.some((y) => y.coreMissionValue !== 0)
    ? [...ROWS, { key: 'econ.row.coreMission', pick: (y: YearFigures) => y.coreMissionValue } as Row]
    : ROWS;
  return (
    <div className="table-wrap" ref={scrollRegion}>
      <table className="data-table staffing-table estimate__result" data-testid={`estimate-result-${roleName}`}>
        <caption>{t('econ.result.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('econ.result.item')}</th>
            {years.map((y) => (
              <th key={y.year} scope="col" className="staffing-num">
                {t('econ.col.year', { year: String(y.year) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key.replace('econ.row.', '')} className={row.net ? 'estimate__net' : row.sub ? 'estimate__sub' : undefined}>
              <th scope="row">{t(row.key)}</th>
              {years.map((y) => (
                <td key={y.year} className="staffing-num">
                  {cell(row.pick(y), row.net === true)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
