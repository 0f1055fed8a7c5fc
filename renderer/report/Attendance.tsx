import type { Role } from '../../shared/model.ts';
import { attendanceOf, type Anchoring } from '../../shared/reportEdits.ts';
import { MEETINGS } from '../../shared/vocabulary.ts';
import { AutosaveField } from '../components/AutosaveField.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';

const MAX = 10_000;
const valid = (text: string) => /^\d{0,5}$/.test(text.trim()) && Number(text.trim() || '0') <= MAX;

/** Attendance per meeting: the number of staff of each role (never who), with the totals. */
export function Attendance({ analysisId, anchoring, roles }: { analysisId: string; anchoring: Anchoring | null; roles: readonly Role[] }) {
  const { t, number } = useT();
  const setAttendance = useApp((s) => s.setAttendance);
  return (
    <section className="panel report-section" aria-labelledby="report-attendance-title">
      <h2 id="report-attendance-title">{t('report.attendance.title')}</h2>
      <p className="muted">{t('report.attendance.intro')}</p>
      {roles.length === 0 ? (
        <p>{t('report.attendance.noRoles')}</p>
      ) : (
        <table className="data-table report-attendance">
          <caption className="visually-hidden">{t('report.attendance.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.attendance.role')}</th>
              {MEETINGS.map((m) => (
                <th scope="col" key={m} className="numeric">
                  {t(`report.meeting.${m}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {roles.map((role) => (
              <tr key={role.id}>
                <th scope="row">{role.name}</th>
                {MEETINGS.map((m) => {
                  const count = attendanceOf(anchoring, m, role.id);
                  return (
                    <td key={m} className="numeric">
                      <AutosaveField
                        label={t('report.attendance.cell', { role: role.name, meeting: t(`report.meeting.${m}`) })}
                        hideLabel
                        inputMode="numeric"
                        maxLength={5}
                        className="report-attendance__cell"
                        stored={count === 0 ? '' : String(count)}
                        validate={(text) => (valid(text) ? null : t('report.attendance.invalid'))}
                        save={(text) => setAttendance(analysisId, m, role.id, Number(text.trim() || '0'), t('report.history.attendance'))}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('report.attendance.total')}</th>
              {MEETINGS.map((m) => (
                <td key={m} className="numeric" data-total={m}>
                  {number(roles.reduce((n, r) => n + attendanceOf(anchoring, m, r.id), 0))}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
