import { AlertTriangle, Pencil, Plus, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import type { NewRole } from '../../shared/newRoles.ts';
import {
  blankHire,
  movedToABOn,
  movesByHalfYear,
  peopleOf,
  REVIEW_MONTHS,
  reviewDueOn,
  reviewOf,
  type Hire,
  type HireFields,
  type ReviewMonth,
} from '../../shared/people.ts';
import { localToday } from '../../shared/swot.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { PersonDialog } from './PersonDialog.tsx';
import { MovesTable } from './MovesTable.tsx';
import { scrollRegion } from '../components/scrollRegion.ts';

type Open = { kind: 'add' } | { kind: 'edit'; hire: Hire; number: number } | null;

const fieldsOf = (h: Hire): HireFields => ({
  startDate: h.startDate,
  contract: h.contract,
  wageSubsidy: h.wageSubsidy,
  priorityGroup: h.priorityGroup,
  gender: h.gender,
  employer: h.employer,
  review6: h.review6,
  review12: h.review12,
});

/**
 * The people hired into one new role, without names: a table with their
 * start, contract form, target group, gender, employer and reviews, and a
 * form to add or change one. Each edit is one step to undo.
 */
export function PeopleSection({ role, hires }: { role: NewRole; hires: readonly Hire[] }) {
  const { t, date, number: num } = useT();
  const titleId = useId();
  const privacyId = useId();
  const [open, setOpen] = useState<Open>(null);
  const [today] = useState(() => localToday(new Date()));
  const addHire = useApp((s) => s.addHire);
  const editHire = useApp((s) => s.editHire);
  const removeHire = useApp((s) => s.removeHire);
  const pushToast = useApp((s) => s.pushToast);
  const undo = useApp((s) => s.undo);
  const people = peopleOf(hires, role.id);
  const moves = movesByHalfYear(people, today);
  const names = { role: role.name };

  const remove = (hire: Hire, number: number) =>
    void removeHire(hire.id, t('people.history.remove', { ...names, number: String(number) })).then(() =>
      pushToast({
        message: t('people.removed', { ...names, number: String(number) }),
        undo: async () => {
          await undo(role.analysisId);
        },
      }),
    );

  const yesNo = (value: boolean | null) => (value === null ? t('people.notStated') : t(value ? 'people.yes' : 'people.no'));
  const contractText = (h: Hire) => {
    const subsidy = h.wageSubsidy === null ? '' : `, ${t(h.wageSubsidy ? 'people.withSubsidy' : 'people.withoutSubsidy')}`;
    return `${h.contract ?? t('people.notStated')}${subsidy}`;
  };
  const reviewLine = (h: Hire, month: ReviewMonth) => {
    const review = reviewOf(h, month);
    const months = String(month);
    if (review.heldOn !== null) {
      const outcome = review.outcome ? `: ${t(`people.outcomeLine.${review.outcome}`)}` : '';
      return <li key={month}>{`${t('people.review.line.held', { months, date: date(review.heldOn) })}${outcome}`}</li>;
    }
    // After an employment has ended, the reviews not held are no longer planned.
    if (REVIEW_MONTHS.some((m) => reviewOf(h, m).outcome === 'ended')) return null;
    const due = reviewDueOn(h, month);
    if (due === null) return <li key={month}>{t('people.review.line.noStart', { months })}</li>;
    return (
      <li key={month} className={due < today ? 'people__overdue' : undefined}>
        {t('people.review.line.planned', { months, date: date(due) })}
        {due < today && (
          <>
            {' '}
            <AlertTriangle aria-hidden size={14} />
            {t('people.review.overdue')}
          </>
        )}
      </li>
    );
  };

  return (
    <section className="people" aria-labelledby={titleId} data-people={role.name}>
      <h3 id={titleId}>{t('people.title')}</h3>
      <p id={privacyId} className="muted people__privacy">
        {t('people.privacy')}
      </p>
      {people.length === 0 ? (
        <p className="muted">{t('people.empty')}</p>
      ) : (
        <div className="table-wrap" ref={scrollRegion}>
          <table className="data-table people__table">
            <caption className="visually-hidden">{t('people.caption', names)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.col.person')}</th>
                <th scope="col">{t('people.col.contract')}</th>
                <th scope="col">{t('people.col.priority')}</th>
                <th scope="col">{t('people.col.gender')}</th>
                <th scope="col">{t('people.col.reviews')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('people.col.tools')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map((h, index) => {
                const number = index + 1;
                const label = { ...names, number: String(number) };
                const moved = h.contract !== 'AB' && movedToABOn(h, today) !== null;
                return (
                  <tr key={h.id} data-person={number}>
                    <th scope="row">
                      {t('people.person', { number: String(number) })}
                      <span className="people__sub">{h.startDate ? t('people.startedOn', { date: date(h.startDate) }) : t('people.noStart')}</span>
                    </th>
                    <td>
                      {contractText(h)}
                      {moved && <span className="people__moved"> → AB</span>}
                      <span className="people__sub">
                        {t('people.employedBy', { employer: h.employer ? t(`people.employer.${h.employer}`) : t('people.notStated') })}
                      </span>
                    </td>
                    <td>{yesNo(h.priorityGroup)}</td>
                    <td>{t(`people.gender.${h.gender}`)}</td>
                    <td>
                      <ul className="people__reviews">{REVIEW_MONTHS.map((m) => reviewLine(h, m))}</ul>
                    </td>
                    <td className="people__tools">
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={t('people.editLabel', label)}
                        onClick={() => setOpen({ kind: 'edit', hire: h, number })}
                      >
                        <Pencil aria-hidden size={18} />
                      </button>
                      <button type="button" className="icon-button" aria-label={t('people.removeLabel', label)} onClick={() => remove(h, number)}>
                        <Trash2 aria-hidden size={18} />
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <button
        type="button"
        className="button button--small"
        aria-label={t('people.addLabel', names)}
        aria-describedby={privacyId}
        onClick={() => setOpen({ kind: 'add' })}
      >
        <Plus aria-hidden size={18} />
        {t('people.add')}
      </button>
      <MovesTable moves={moves} count={num} testId={`people-moves-${role.name}`} />
      {open?.kind === 'add' && (
        <PersonDialog
          title={t('people.form.addTitle', names)}
          submitLabel={t('people.form.add')}
          initial={blankHire()}
          onClose={() => setOpen(null)}
          onSubmit={async (fields) => {
            await addHire(role.id, fields, t('people.history.add', names));
          }}
        />
      )}
      {open?.kind === 'edit' && (
        <PersonDialog
          title={t('people.form.editTitle', { ...names, number: String(open.number) })}
          submitLabel={t('common.save')}
          initial={fieldsOf(open.hire)}
          onClose={() => setOpen(null)}
          onSubmit={(fields) => editHire(open.hire.id, fields, t('people.history.edit', { ...names, number: String(open.number) }))}
        />
      )}
    </section>
  );
}
