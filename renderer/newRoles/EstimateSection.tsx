import { Info, Plus } from 'lucide-react';
import { useMemo } from 'react';
import { ESTIMATE_YEARS, roleEstimate, type Hire, type EstimatePatch, type Missing, type PersonEstimate } from '../../shared/economics.ts';
import type { NewRoleSummary } from '../../shared/newRoles.ts';
import { AutosaveField } from '../components/AutosaveField.tsx';
import { useT, type Translator } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { overlayPending } from '../store/pending.ts';
import { useLive } from '../store/useLive.ts';
import { EstimateNumber } from './EstimateNumber.tsx';
import { EstimateResult } from './EstimateResult.tsx';
import { listNames, MAX_MONTHLY_COST, money } from './staffingText.ts';
import { useNewRoles } from './useNewRoles.ts';
import { scrollRegion } from '../components/scrollRegion.ts';

const PAYER_CHOICES = ['', 'unit', 'labourMarket'] as const;

/** The people in the analysis's new roles, with edits in flight shown at once. */
function useHires(analysisId: string): Hire[] | undefined {
  const { repos } = useServices();
  const live = useLive(() => repos.economics.liveHires(analysisId), [repos, analysisId]);
  const pending = useApp((s) => s.pending);
  return useMemo(() => {
    if (!live) return undefined;
    const mine = Object.values(pending).filter(
      (p) => p.table === 'hires' && (p.item === null || (p.item as { analysisId?: string }).analysisId === analysisId),
    );
    return overlayPending(live, mine);
  }, [live, pending, analysisId]);
}

/** A missing input in words: "vem som betalar år 2 för person 1". */
function missingText(m: Missing, tr: Translator, person?: number): string {
  const input = tr.t(`econ.missing.${m.input}`, { year: String(m.year ?? ''), role: m.role ?? '' });
  return person === undefined ? input : tr.t('econ.missing.person', { input, n: String(person) });
}

/** One person's inputs: the salary and on-costs, what is no longer paid, and who pays with what subsidy each year. */
function PersonInputs({ person, n, set }: { person: PersonEstimate; n: number; set: (patch: EstimatePatch) => void }) {
  const { t } = useT();
  const inputs = person.inputs;
  return (
    <fieldset className="estimate__person" data-person={n}>
      <legend>{t('econ.person', { n: String(n) })}</legend>
      <div className="estimate__fields">
        <EstimateNumber
          label={t('econ.field.monthlySalary')}
          value={inputs.monthlySalary}
          kind="amount"
          max={MAX_MONTHLY_COST}
          onCommit={(value) => set({ field: 'monthlySalary', value })}
        />
        <EstimateNumber
          label={t('econ.field.onCostPercent')}
          value={inputs.onCostPercent}
          kind="percent"
          max={200}
          onCommit={(value) => set({ field: 'onCostPercent', value })}
        />
        <EstimateNumber
          label={t('econ.field.incomeSupport')}
          value={inputs.incomeSupport}
          kind="amount"
          max={MAX_MONTHLY_COST}
          onCommit={(value) => set({ field: 'incomeSupport', value })}
        />
        <EstimateNumber
          label={t('econ.field.dailyActivity')}
          value={inputs.dailyActivity}
          kind="amount"
          max={MAX_MONTHLY_COST}
          onCommit={(value) => set({ field: 'dailyActivity', value })}
        />
      </div>
      <table className="data-table estimate__years">
        <caption>{t('econ.years.caption')}</caption>
        <thead>
          <tr>
            <td />
            {ESTIMATE_YEARS.map((year) => (
              <th key={year} scope="col">
                {t('econ.col.year', { year: String(year) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('econ.col.payer')}</th>
            {ESTIMATE_YEARS.map((year, i) => (
              <td key={year}>
                <select
                  className="input estimate__select"
                  aria-label={t('econ.field.payer', { year: String(year) })}
                  value={inputs.payers[i] ?? ''}
                  onChange={(e) => {
                    const chosen = PAYER_CHOICES.find((c) => c === e.target.value) ?? '';
                    set({ field: 'payers', year: i, value: chosen === '' ? null : chosen });
                  }}
                >
                  {PAYER_CHOICES.map((c) => (
                    <option key={c} value={c}>
                      {t(c === '' ? 'econ.payer.none' : `econ.payer.${c}`)}
                    </option>
                  ))}
                </select>
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('econ.col.subsidy')}</th>
            {ESTIMATE_YEARS.map((year, i) => (
              <td key={year}>
                <EstimateNumber
                  label={t('econ.field.subsidy', { year: String(year) })}
                  hideLabel
                  value={inputs.subsidyPercent[i] ?? null}
                  kind="percent"
                  max={100}
                  onCommit={(value) => set({ field: 'subsidyPercent', year: i, value })}
                />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </fieldset>
  );
}

/**
 * A new role's economic estimate for the municipality (seed 001 §3.2.3): per
 * person the inputs, the time the role frees in the existing roles and what
 * it is used for, and the result for years 1–3 beside them — an estimate, with
 * these inputs, nothing assumed.
 */
export function EstimateSection({ analysisId, summary }: { analysisId: string; summary: NewRoleSummary }) {
  const translator = useT();
  const { t, plural, hours, language } = translator;
  const { repos } = useServices();
  const data = useNewRoles(analysisId);
  const board = useLive(() => repos.board.live(analysisId), [repos, analysisId]);
  const hires = useHires(analysisId);
  const setHireEstimate = useApp((s) => s.setHireEstimate);
  const addHire = useApp((s) => s.addHireForEstimate);
  const setFreedUse = useApp((s) => s.setFreedUse);
  const { role } = summary;

  if (!data || !board || !hires) return null;
  const mine = hires.filter((h) => h.newRoleId === role.id).sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id.localeCompare(b.id)));
  const estimate = roleEstimate(summary, hires, board.roles, data.staffing);
  const byHire = new Map(estimate.people.map((p) => [p.hireId, p]));
  const label = t('econ.history.input', { name: role.name });
  const missing = [
    ...mine.flatMap((h, i) => byHire.get(h.id)?.missing.map((m) => missingText(m, translator, i + 1)) ?? []),
    ...estimate.freed.filter((f) => f.value === null).map((f) => missingText({ input: 'existingCost', role: f.name }, translator)),
  ];

  return (
    <details className="new-role__details estimate" data-estimate={role.id}>
      <summary>{t('econ.title')}</summary>
      <p className="staffing__estimate">
        <Info aria-hidden size={20} />
        {t('econ.lead')}
      </p>
      <p>{t('econ.intro')}</p>
      <p className="muted">{t('econ.method')}</p>

      {mine.length === 0 && (
        <div className="estimate__none">
          <p className="empty-note">{t('econ.people.none')}</p>
          <button type="button" className="button button--small" onClick={() => void addHire(role.id, t('econ.history.add', { name: role.name }))}>
            <Plus aria-hidden size={18} />
            {t('econ.people.add')}
          </button>
          <p className="muted">{t('econ.people.addHint')}</p>
        </div>
      )}
      {mine.map((hire, i) => {
        const person = byHire.get(hire.id);
        return person ? (
          <PersonInputs key={hire.id} person={person} n={i + 1} set={(patch) => void setHireEstimate(hire.id, patch, label)} />
        ) : (
          <div key={hire.id} className="estimate__person estimate__person--empty">
            <p>{t('econ.person.noEstimate', { n: String(i + 1) })}</p>
            <button type="button" className="button button--small" onClick={() => void setHireEstimate(hire.id, null, label)}>
              {t('econ.person.start', { n: String(i + 1) })}
            </button>
          </div>
        );
      })}

      {estimate.freed.length === 0 ? (
        <p className="muted">{t('econ.freed.none')}</p>
      ) : (
        <div className="table-wrap" ref={scrollRegion}>
          <table className="data-table staffing-table">
            <caption>{t('econ.freed.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('econ.freed.role')}</th>
                <th scope="col" className="staffing-num">
                  {t('econ.freed.hours')}
                </th>
                <th scope="col" className="staffing-num">
                  {t('econ.freed.monthlyCost')}
                </th>
                <th scope="col" className="staffing-num">
                  {t('econ.freed.value')}
                </th>
              </tr>
            </thead>
            <tbody>
              {estimate.freed.map((f) => (
                <tr key={f.roleId}>
                  <th scope="row">{f.name}</th>
                  <td className="staffing-num">{hours(f.hours)}</td>
                  <td className="staffing-num">
                    {f.monthlyCost === null ? <span className="staffing__missing">{t('econ.freed.costMissing')}</span> : money(f.monthlyCost, language)}
                  </td>
                  <td className="staffing-num">
                    {f.value === null ? <span className="staffing__missing">{t('econ.notGiven')}</span> : money(f.value, language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {estimate.freed.length > 0 && <p>{t(estimate.lowersPosts ? 'econ.freed.lowers' : 'econ.freed.notLowers')}</p>}
      <AutosaveField
        label={t('econ.freedUse')}
        hint={t('econ.freedUse.hint')}
        multiline
        maxLength={2_000}
        stored={role.freedUse ?? ''}
        save={(text) => setFreedUse(role.id, text, t('econ.history.freedUse', { name: role.name }))}
      />

      {estimate.years === null ? (
        mine.length > 0 && <p className="muted">{t('econ.noResult')}</p>
      ) : (
        <EstimateResult years={estimate.years} roleName={role.name} />
      )}
      {estimate.withoutEstimate > 0 && estimate.years !== null && <p className="muted">{plural('econ.withoutEstimate', estimate.withoutEstimate)}</p>}
      {missing.length > 0 && (
        <p className="estimate__missing" data-testid={`estimate-missing-${role.name}`}>
          {t('econ.missing', { list: listNames(missing, language) })}
        </p>
      )}
    </details>
  );
}
