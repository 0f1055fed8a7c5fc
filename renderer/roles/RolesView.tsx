import { useT } from '../i18n/i18n.ts';
import { useRoles, useSettings } from '../store/queries.ts';
import { AddRoleForm } from './AddRoleForm.tsx';
import { RoleRow } from './RoleRow.tsx';
import { scrollRegion } from '../components/scrollRegion.ts';

/** The unit's professional roles: name, headcount and full-time week. */
export function RolesView({ analysisId }: { analysisId: string }) {
  const { t, hours } = useT();
  const roles = useRoles(analysisId);
  const settings = useSettings();
  if (!roles) return <p className="muted">{t('common.loading')}</p>;
  const people = roles.reduce((sum, r) => sum + r.headcount, 0);
  return (
    <>
      <p>{t('roles.intro')}</p>
      {roles.length === 0 ? (
        <p className="empty-note">{t('roles.empty')}</p>
      ) : (
        <div className="table-wrap" ref={scrollRegion}>
          <table className="roles-table">
            <caption className="visually-hidden">{t('roles.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roles.name')}</th>
                <th scope="col">{t('roles.headcount')}</th>
                <th scope="col">{t('roles.fullTimeHours')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.more', { name: t('roles.title') })}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {roles.map((role, index) => (
                <RoleRow key={role.id} role={role} roles={roles} index={index} />
              ))}
            </tbody>
          </table>
          <p className="muted">{t('roles.total', { people })}</p>
        </div>
      )}
      <AddRoleForm analysisId={analysisId} roles={roles} />
      <p className="muted">{t('roles.fullTimeNote', { hours: hours(settings.defaultFullTimeHours) })}</p>
    </>
  );
}
