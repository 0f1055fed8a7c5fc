import { Info } from 'lucide-react';
import { useId } from 'react';
import { updated } from '../../shared/changes.ts';
import { revise } from '../../shared/items.ts';
import { estimateStaffing, setCostChoice, setStaffing, summariseNewRoles, type NewRole, type Payer } from '../../shared/newRoles.ts';
import { Field } from '../components/Field.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { useLive } from '../store/useLive.ts';
import { differenceText, inputNumber, listNames, MAX_MONTHLY_COST, MAX_POSTS, missingCosts, money, posts } from './staffingText.ts';
import { useNumberDraft } from './useNumberDraft.ts';
import { useNewRoles } from './useNewRoles.ts';
import { FiguresHead } from './FiguresHead.tsx';
import { ChoiceCell } from './ChoiceCell.tsx';
import { scrollRegion } from '../components/scrollRegion.ts';

const now = () => new Date().toISOString();

interface NumberCellProps {
  label: string;
  /** What the field shows when not being edited. */
  shown: string;
  /** Whether a value typed in would change anything. */
  changes: (value: number | null) => boolean;
  onCommit: (value: number | null) => void;
  max: number;
  kind: 'posts' | 'amount';
  /** A short note under the field, e.g. that the value is the default. */
  note?: string | undefined;
}

/**
 * A number in a table cell: written on blur or Enter when it is valid and
 * changes something; a bad value stays in the field with an error and is
 * never written. Esc puts back what is stored.
 */
function NumberCell({ label, shown, changes, onCommit, max, kind, note }: NumberCellProps) {
  const { t, language } = useT();
  const noteId = useId();
  const { draft, edit, error, finish, onKeyDown } = useNumberDraft(
    max,
    (problem) =>
      problem === 'tooLarge'
        ? t('staffing.error.tooLarge', { max: inputNumber(max, language) })
        : problem === 'negative'
          ? t('staffing.error.negative')
          : t(kind === 'amount' ? 'staffing.error.notAmount' : 'staffing.error.notNumber'),
    (value) => {
      if (changes(value)) onCommit(value);
    },
  );
  return (
    <Field label={label} error={error} hideLabel className="staffing__field">
      {({ inputId, describedBy, invalid }) => (
        <>
          <input
            id={inputId}
            className="input staffing__input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            aria-invalid={invalid || undefined}
            aria-describedby={[describedBy, note ? noteId : undefined].filter(Boolean).join(' ') || undefined}
            value={draft ?? shown}
            onChange={(e) => edit(e.target.value)}
            onBlur={finish}
            onKeyDown={onKeyDown}
          />
          {note && (
            <span id={noteId} className="staffing__note">
              {note}
            </span>
          )}
        </>
      )}
    </Field>
  );
}

/** A money cell: the amount, or that the monthly cost is missing. */
function Cost({ value }: { value: number | null }) {
  const { t, language } = useT();
  return value === null ? <span className="staffing__missing">{t('staffing.costMissing')}</span> : <>{money(value, language)}</>;
}

/**
 * The staffing estimate (bemanningsberäkning) of one analysis: posts and
 * monthly costs now and in the proposal, every input editable and undoable.
 */
export function StaffingSection({ analysisId }: { analysisId: string }) {
  const translator = useT();
  const { t, language, hours } = translator;
  const { repos } = useServices();
  const commit = useApp((s) => s.commit);
  const data = useNewRoles(analysisId);
  const board = useLive(() => repos.board.live(analysisId), [repos, analysisId]);
  const titleId = useId();

  if (!data || !board) return <p className="muted">{t('common.loading')}</p>;

  const heading = (
    <h2 id={titleId} className="staffing__title">
      {t('staffing.title')}
    </h2>
  );
  if (data.roles.length === 0) {
    return (
      <section className="staffing" aria-labelledby={titleId}>
        {heading}
        <p className="empty-note">{t('staffing.empty')}</p>
      </section>
    );
  }

  const summaries = summariseNewRoles(board, data.roles, data.parts, data.extras?.taskIds ?? []);
  const estimate = estimateStaffing(board, summaries, data.staffing);
  const missing = missingCosts(estimate);
  const headcount = new Map(board.roles.map((r) => [r.id, r.headcount]));
  const newRoles = new Map(data.roles.map((r) => [r.id, r]));

  const setRole = (roleId: string, name: string, patch: { posts?: number | null; monthlyCost?: number | null }) =>
    void commit(setStaffing(data.staffing, analysisId, roleId, patch, now()), {
      undoable: true,
      label: t(patch.posts !== undefined ? 'staffing.history.posts' : 'staffing.history.monthlyCost', { name }),
    });
  const setChoice = (role: NewRole, patch: { payer: Payer } | { lowersPosts: boolean }) =>
    void commit(setCostChoice(role, patch, now()), {
      undoable: true,
      label: t('payer' in patch ? 'staffing.history.payer' : 'staffing.history.lowersPosts', { name: role.name }),
    });
  const setNewRoleCost = (role: NewRole, monthlyCost: number | null) =>
    void commit([updated('newRoles', role, revise(role, { monthlyCost }, now()))], {
      undoable: true,
      label: t('staffing.history.monthlyCost', { name: role.name }),
    });

  const arrow = (nowText: string, proposedText: string) => (
    <>
      <span aria-hidden="true" className="staffing__arrow">
        {t('staffing.totals.arrow', { now: nowText, proposed: proposedText })}
      </span>
      <span className="visually-hidden">{t('staffing.totals.arrowLabel', { now: nowText, proposed: proposedText })}</span>
    </>
  );

  return (
    <section className="staffing" aria-labelledby={titleId}>
      {heading}
      <p className="staffing__estimate">
        <Info aria-hidden size={20} />
        {t('staffing.estimate')}
      </p>
      <p>{t('staffing.intro')}</p>
      <p className="muted">{t('staffing.postsHint')}</p>
      <p className="muted">{t('staffing.choicesHint')}</p>

      {estimate.existing.length === 0 ? (
        <p className="empty-note">{t('staffing.existing.none')}</p>
      ) : (
        <div className="table-wrap" ref={scrollRegion}>
          <table className="data-table staffing-table" data-testid="staffing-existing">
            <caption>{t('staffing.existing.caption')}</caption>
            <FiguresHead
              name={t('staffing.col.role')}
              numbers={[
                t('staffing.col.postsNow'),
                t('staffing.col.monthlyCost'),
                t('staffing.col.hoursMoved'),
                t('staffing.col.postsProposed'),
                t('staffing.col.costNow'),
                t('staffing.col.costProposed'),
              ]}
            />
            <tbody>
              {estimate.existing.map((row) => {
                const stored = data.staffing?.roles[row.roleId];
                const storedPosts = stored?.posts ?? null;
                const people = headcount.get(row.roleId) ?? 0;
                return (
                  <tr key={row.roleId} data-role-id={row.roleId}>
                    <th scope="row">{row.name}</th>
                    <td className="staffing-num">
                      <NumberCell
                        label={t('staffing.label.postsNow', { name: row.name })}
                        shown={inputNumber(row.postsNow, language)}
                        note={storedPosts === null ? t('staffing.default') : undefined}
                        kind="posts"
                        max={MAX_POSTS}
                        changes={(value) => (value === null ? storedPosts !== null : storedPosts === null ? value !== people : value !== storedPosts)}
                        onCommit={(value) => setRole(row.roleId, row.name, { posts: value })}
                      />
                    </td>
                    <td className="staffing-num">
                      <NumberCell
                        label={t('staffing.label.monthlyCost', { name: row.name })}
                        shown={row.monthlyCost === null ? '' : inputNumber(row.monthlyCost, language)}
                        kind="amount"
                        max={MAX_MONTHLY_COST}
                        changes={(value) => value !== row.monthlyCost}
                        onCommit={(value) => setRole(row.roleId, row.name, { monthlyCost: value })}
                      />
                    </td>
                    <td className="staffing-num">{hours(row.hoursMoved)}</td>
                    <td className="staffing-num">{posts(row.postsProposed, language)}</td>
                    <td className="staffing-num">
                      <Cost value={row.costNow} />
                    </td>
                    <td className="staffing-num">
                      <Cost value={row.costProposed} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <div className="table-wrap" ref={scrollRegion}>
        <table className="data-table staffing-table" data-testid="staffing-added">
          <caption>{t('staffing.added.caption')}</caption>
          <FiguresHead
            name={t('staffing.col.newRole')}
            numbers={[t('staffing.col.hours'), t('staffing.col.posts'), t('staffing.col.monthlyCost'), t('staffing.col.unitCost')]}
            texts={[t('staffing.col.payer'), t('staffing.col.lowersPosts')]}
          />
          <tbody>
            {summaries.map((s, i) => {
              const row = estimate.added[i];
              const role = newRoles.get(s.role.id);
              if (!row || !role) return null;
              return (
                <tr key={row.roleId} data-new-role-id={row.roleId}>
                  <th scope="row">{row.name}</th>
                  <td className="staffing-num">{hours(s.hours)}</td>
                  <td className="staffing-num">{posts(row.posts, language)}</td>
                  <td className="staffing-num">
                    <NumberCell
                      label={t('staffing.label.monthlyCost', { name: row.name })}
                      shown={row.monthlyCost === null ? '' : inputNumber(row.monthlyCost, language)}
                      kind="amount"
                      max={MAX_MONTHLY_COST}
                      changes={(value) => value !== row.monthlyCost}
                      onCommit={(value) => setNewRoleCost(role, value)}
                    />
                  </td>
                  <td className="staffing-num">
                    <Cost value={row.unitCost} />
                    {row.payer === 'labourMarket' && row.cost !== null && (
                      <span className="staffing__note">{t('staffing.paidElsewhereCell', { amount: money(row.cost, language) })}</span>
                    )}
                  </td>
                  <td>
                    <ChoiceCell<Payer>
                      label={t('staffing.label.payer', { name: row.name })}
                      value={row.payer}
                      isDefault={row.payerIsDefault}
                      defaultNote={t('staffing.byContract')}
                      changedNote={t('staffing.changed')}
                      options={[
                        { value: 'unit', label: t('staffing.payer.unit') },
                        { value: 'labourMarket', label: t('staffing.payer.labourMarket') },
                      ]}
                      onChange={(payer) => setChoice(role, { payer })}
                    />
                  </td>
                  <td>
                    <ChoiceCell<'yes' | 'no'>
                      label={t('staffing.label.lowersPosts', { name: row.name })}
                      value={row.lowersPosts ? 'yes' : 'no'}
                      isDefault={row.lowersPostsIsDefault}
                      defaultNote={t('staffing.byContract')}
                      changedNote={t('staffing.changed')}
                      options={[
                        { value: 'yes', label: t('staffing.lowersPosts.yes') },
                        { value: 'no', label: t('staffing.lowersPosts.no') },
                      ]}
                      onChange={(choice) => setChoice(role, { lowersPosts: choice === 'yes' })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className="staffing__totals" data-testid="staffing-totals">
        <h3 className="staffing__totals-title">{t('staffing.totals.title')}</h3>
        <dl>
          <div className="staffing__total" data-total="posts">
            <dt>{t('staffing.totals.posts')}</dt>
            <dd>{arrow(posts(estimate.postsNow, language), posts(estimate.postsProposed, language))}</dd>
          </div>
          <div className="staffing__total" data-total="cost">
            <dt>{t('staffing.totals.cost')}</dt>
            <dd>
              {estimate.costNow === null || estimate.costProposed === null ? (
                <span className="staffing__missing">{t('staffing.totals.missing', { names: listNames(missing, language) })}</span>
              ) : (
                arrow(money(estimate.costNow, language), money(estimate.costProposed, language))
              )}
            </dd>
          </div>
          {estimate.paidElsewhere !== null && estimate.paidElsewhere > 0 && (
            <div className="staffing__total" data-total="elsewhere">
              <dt>{t('staffing.totals.elsewhere')}</dt>
              <dd>{money(estimate.paidElsewhere, language)}</dd>
            </div>
          )}
          {estimate.monthlyDifference !== null && estimate.yearlyDifference !== null && (
            <>
              <div className="staffing__total" data-total="monthly">
                <dt>{t('staffing.totals.monthly')}</dt>
                <dd>{differenceText(estimate.monthlyDifference, translator)}</dd>
              </div>
              <div className="staffing__total" data-total="yearly">
                <dt>{t('staffing.totals.yearly')}</dt>
                <dd>{differenceText(estimate.yearlyDifference, translator)}</dd>
              </div>
            </>
          )}
        </dl>
      </div>
    </section>
  );
}
