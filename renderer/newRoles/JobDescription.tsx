import type { NewRoleSummary } from '../../shared/newRoles.ts';
import { useT } from '../i18n/i18n.ts';

/**
 * A new role's job description (uppdragsbeskrivning) as a printed page: shown
 * only by print media (see newRoles-print.css), rendered straight into
 * <body> while it is being printed.
 */
export function JobDescription({ summary, unitName, organisation, date }: { summary: NewRoleSummary; unitName: string; organisation: string; date: string }) {
  // A document for people, as its PDF: hours to the half hour, the total from the exact parts.
  const { t, roundHours: h, number } = useT();
  const { role } = summary;
  const text = (value: string) => (value.trim() === '' ? <p className="job__empty">{t('newRoles.job.notSet')}</p> : <p className="job__text">{value}</p>);
  return (
    <article className="job-description" data-testid="job-description">
      <header>
        <p className="job__kind">{t('newRoles.job.title')}</p>
        <h1>{role.name}</h1>
        <p>
          {t('newRoles.job.unit', { unit: organisation ? `${unitName}, ${organisation}` : unitName })} · {t('newRoles.job.date', { date })}
        </p>
      </header>
      <h2>{t('newRoles.purpose')}</h2>
      {text(role.purpose)}
      <h2>{t('newRoles.job.tasks')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('newRoles.job.task')}</th>
            <th scope="col">{t('newRoles.job.from')}</th>
            <th scope="col" className="num">
              {t('newRoles.job.hours')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.parts.map((s) => (
            <tr key={s.part.id}>
              <td>{s.task?.title ?? '?'}</td>
              <td>{s.sourceRole?.name ?? ''}</td>
              <td className="num">{h(s.hours)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('newRoles.job.total')}
            </th>
            <td className="num">{h(summary.hours)}</td>
          </tr>
        </tfoot>
      </table>
      <p>{t('newRoles.job.scope', { hours: h(summary.hours), percent: number(summary.share * 100, 0), full: number(role.fullTimeHours) })}</p>
      <h2>{t('newRoles.requirements')}</h2>
      <h3>{t('newRoles.skills')}</h3>
      {text(role.skills)}
      <h3>{t('newRoles.training')}</h3>
      {text(role.training)}
      <h3>{t('newRoles.adaptations')}</h3>
      {text(role.adaptations)}
      <h3>{t('newRoles.supervision')}</h3>
      {text(role.supervision)}
      <h2>{t('newRoles.contract')}</h2>
      <p>{t(`newRoles.contract.${role.contract ?? 'none'}`)}</p>
      <p className="job__note">{t(`newRoles.contractNote.${role.contract ?? 'none'}`)}</p>
    </article>
  );
}
