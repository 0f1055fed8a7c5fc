import { Copy } from 'lucide-react';
import { useId, useState } from 'react';
import { responseTracking } from '../../../shared/survey/tracking.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { useT } from '../../i18n/i18n.ts';
import { useApp } from '../../store/context.ts';
import { useSteps } from '../../store/queries.ts';
import type { SurveyModel } from '../useSurvey.ts';
import { scrollRegion } from '../../components/scrollRegion.ts';

/**
 * Who has answered so far, per role, and a reminder to send. Counts under the
 * privacy threshold are held back, as in the results; nothing is per person.
 */
export function ResponseTracking({ analysisId, survey }: { analysisId: string; survey: SurveyModel }) {
  const { t, date, number } = useT();
  const pushToast = useApp((s) => s.pushToast);
  const surveyDate = useSteps(analysisId)?.find((s) => s.key === 'survey')?.date ?? null;
  // The survey step's date is the deadline unless the facilitator types another here (not stored: it only fills the text).
  const [deadline, setDeadline] = useState<string | null | undefined>(undefined);
  const reminderId = useId();
  if (survey.roles.length === 0) return null;
  const threshold = survey.settings.privacyThreshold;
  const tracking = responseTracking(survey.roles, survey.respondents, threshold);
  const due = deadline === undefined ? surveyDate : deadline;
  const count = (n: number | null) => (n === null ? t('tracking.held', { count: threshold }) : number(n));
  const rate = (r: number | null) => (r === null ? '–' : `${number(Math.round(r * 100))} %`);
  const progress =
    tracking.received !== null && tracking.expected > 0 ? t('tracking.reminder.progress', { received: tracking.received, expected: tracking.expected }) : '';
  const reminder = t('tracking.reminder.text', { progress, deadline: due ? date(due) : t('tracking.reminder.blank') });
  const held = tracking.roles.some((r) => r.received === null) || tracking.otherReceived === null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(reminder);
      pushToast({ message: t('tracking.copied') });
    } catch {
      document.getElementById(reminderId)?.focus();
      pushToast({ message: t('tracking.copyFailed') });
    }
  };
  return (
    <section className="tracking" aria-labelledby="tracking-title">
      <h3 id="tracking-title">{t('tracking.title')}</h3>
      <p className="muted">{t('tracking.intro')}</p>
      <div className="table-wrap" ref={scrollRegion}>
        <table className="data-table tracking__table" data-testid="tracking-table">
          <thead>
            <tr>
              <th scope="col">{t('tracking.role')}</th>
              <th scope="col">{t('tracking.expected')}</th>
              <th scope="col">{t('tracking.received')}</th>
              <th scope="col">{t('tracking.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {tracking.roles.map((r) => (
              <tr key={r.roleId}>
                <th scope="row">{r.name}</th>
                <td>{r.expected === null ? t('tracking.unknown') : number(r.expected)}</td>
                <td>{count(r.received)}</td>
                <td>{rate(r.rate)}</td>
              </tr>
            ))}
            {tracking.otherReceived !== 0 && (
              <tr>
                <th scope="row">{t('tracking.other')}</th>
                <td>{t('tracking.unknown')}</td>
                <td>{count(tracking.otherReceived)}</td>
                <td>–</td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('tracking.total')}</th>
              <td>{number(tracking.expected)}</td>
              <td>{tracking.received === null ? '–' : number(tracking.received)}</td>
              <td>{rate(tracking.received !== null && tracking.expected > 0 ? tracking.received / tracking.expected : null)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {held && <p className="muted">{t('tracking.heldNote', { count: threshold })}</p>}
      {tracking.silent.length > 0 && (
        <p className="muted" data-testid="tracking-silent">
          {t('tracking.silent', { roles: tracking.silent.join(', ') })}
        </p>
      )}
      <div className="tracking__reminder">
        <DateInput label={t('tracking.deadline')} value={due} onChange={setDeadline} />
        <div className="field">
          <label className="field__label" htmlFor={reminderId}>
            {t('tracking.reminder')}
          </label>
          <textarea id={reminderId} className="input input--multiline tracking__text" rows={9} readOnly value={reminder} />
        </div>
        <button type="button" className="button" onClick={() => void copy()}>
          <Copy aria-hidden size={18} />
          {t('tracking.copy')}
        </button>
      </div>
    </section>
  );
}
