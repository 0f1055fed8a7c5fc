import type { RoleMissions } from '../../shared/coreMissions.ts';
import type { Role } from '../../shared/model.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { MarkdownEditor } from './MarkdownEditor.tsx';

function Answers({ missions, threshold }: { missions: RoleMissions | undefined; threshold: number }) {
  const { t, plural } = useT();
  if (!missions || missions.state === 'none') return <p className="muted">{t('report.missions.none')}</p>;
  if (missions.state === 'hidden') return <p className="muted">{t('report.missions.hidden', { count: threshold })}</p>;
  return (
    <>
      <p className="muted">{plural('report.missions.respondents', missions.respondents)}</p>
      {missions.answers.length === 0 ? (
        <p className="muted">{t('report.missions.noAnswers')}</p>
      ) : (
        <ul className="report-answers">
          {missions.answers.map((a) => (
            <li key={a.text}>
              <span>{a.text}</span>
              {a.count > 1 && (
                <span className="report-answers__count">
                  <span aria-hidden>{t('report.missions.times', { count: a.count })}</span>
                  <span className="visually-hidden">{t('report.missions.timesLabel', { count: a.count })}</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Per role, the facilitator's core-mission summary with the survey's answers beside it (privacy rule applied). */
export function CoreMissions({
  analysisId,
  roles,
  written,
  missions,
  threshold,
}: {
  analysisId: string;
  roles: readonly Role[];
  written: Record<string, string>;
  missions: readonly RoleMissions[];
  threshold: number;
}) {
  const { t } = useT();
  const setCoreMission = useApp((s) => s.setCoreMission);
  return (
    <section className="panel report-section" aria-labelledby="report-missions-title">
      <h2 id="report-missions-title">{t('report.missions.title')}</h2>
      <p className="muted">{t('report.missions.intro')}</p>
      {roles.length === 0 && <p>{t('report.missions.noRoles')}</p>}
      {roles.map((role) => {
        const label = t('report.missions.summary', { role: role.name });
        return (
          <div key={role.id} className="report-mission" data-role={role.id}>
            <MarkdownEditor
              label={label}
              layout="stacked"
              rows={5}
              maxLength={20_000}
              stored={written[role.id] ?? ''}
              save={(text) => setCoreMission(analysisId, role.id, text, t('report.history.mission', { role: role.name }))}
            />
            <section className="report-mission__answers" aria-label={`${t('report.missions.answers')}: ${role.name}`}>
              <h3>{t('report.missions.answers')}</h3>
              <Answers missions={missions.find((m) => m.roleId === role.id)} threshold={threshold} />
            </section>
          </div>
        );
      })}
    </section>
  );
}
