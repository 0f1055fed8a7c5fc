import { ArrowDown, ArrowUp, BookOpen, Combine, ListChecks, Plus, Trash2 } from 'lucide-react';
import { lazy, Suspense, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { validateTaskTitle, type Board } from '../../../shared/board.ts';
import { splitTitles, surveyGroups, taskUse, type NewSurveyTask } from '../../../shared/survey/taskList.ts';
import { surveyTaskList, type SurveyTask } from '../../../shared/survey/tasks.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { focusAfterRender } from '../../components/focusAfterRender.ts';
import { useT } from '../../i18n/i18n.ts';
import { useApp, useServices } from '../../store/context.ts';
import { useLive } from '../../store/useLive.ts';
import type { SurveyModel } from '../useSurvey.ts';
import { MergeDialog } from './MergeDialog.tsx';
import '../../styles/surveyTasks.css';

const LibraryDialog = lazy(() => import('./LibraryDialog.tsx').then((m) => ({ default: m.LibraryDialog })));

/** Focuses a task's title field after a re-render (its row may have moved). */
const focusTitle = (taskId: string) => focusAfterRender(() => document.querySelector<HTMLElement>(`[data-task-title="${CSS.escape(taskId)}"]`));

/**
 * The survey's task list: the analysis's tasks, in the order and groups the
 * facilitator sets, each marked with the roles it is asked of. Every edit is
 * one undo step of the analysis (Ctrl+Z, as on the board).
 */
export function SurveyTasks({ analysisId, survey }: { analysisId: string; survey: SurveyModel }) {
  const { t, plural } = useT();
  const { repos } = useServices();
  const board = useLive(() => repos.board.live(analysisId), [repos, analysisId]);
  const addSurveyTasks = useApp((s) => s.addSurveyTasks);
  const pushToast = useApp((s) => s.pushToast);
  const [library, setLibrary] = useState(false);
  const [merging, setMerging] = useState<SurveyTask | null>(null);
  const [deleting, setDeleting] = useState<{ task: SurveyTask; answers: number; cards: number } | null>(null);
  const deleteSurveyTask = useApp((s) => s.deleteSurveyTask);
  const list = useMemo(() => (board ? surveyTaskList(board) : []), [board]);
  const groups = useMemo(() => (board ? surveyGroups(board.tasks) : []), [board]);
  if (!board) return null;

  const add = async (entries: NewSurveyTask[]) => {
    const { added, skipped } = await addSurveyTasks(analysisId, entries, t('surveyTasks.history.add'));
    const said = [
      added.length > 0 ? plural('surveyTasks.added', added.length) : '',
      skipped.length > 0 ? t('surveyTasks.skipped', { titles: skipped.join(', ') }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    if (said) pushToast({ message: said });
    return added;
  };
  const remove = async (task: SurveyTask) => {
    await deleteSurveyTask(analysisId, task.taskId, t('surveyTasks.history.delete', { title: task.title }));
    pushToast({ message: t('surveyTasks.deleted', { title: task.title }) });
  };
  const askDelete = (task: SurveyTask) => {
    const use = taskUse(board, task.taskId, survey.respondents);
    if (use.answers + use.cards === 0) void remove(task);
    else setDeleting({ task, ...use });
  };
  const byId = new Map(list.map((x) => [x.taskId, x]));
  const named = groups.some((g) => g.group !== '');

  return (
    <section className="survey-tasks" aria-labelledby="survey-tasks-title">
      <div className="survey-tasks__head">
        <h3 id="survey-tasks-title">
          {t('surveyTasks.title')} {list.length > 0 && <span className="muted survey-tasks__count">({plural('surveyTasks.count', list.length)})</span>}
        </h3>
        {list.length > 0 && (
          <button type="button" className="button button--small" onClick={() => setLibrary(true)}>
            <BookOpen aria-hidden size={16} />
            {t('surveyTasks.addFromLibrary')}
          </button>
        )}
      </div>
      <p className="muted">{t('surveyTasks.intro')}</p>
      {list.length === 0 ? (
        <div className="empty-state empty-state--compact">
          <ListChecks aria-hidden size={32} />
          <h4>{t('surveyTasks.empty.title')}</h4>
          <p>{t('surveyTasks.empty.body')}</p>
          <button type="button" className="button button--primary" onClick={() => setLibrary(true)}>
            <BookOpen aria-hidden size={18} />
            {t('surveyTasks.fromLibrary')}
          </button>
        </div>
      ) : (
        <>
          <p className="muted survey-tasks__hint">{t('surveyTasks.moveHint')}</p>
          {groups.map((g) => (
            <section key={g.group} className="survey-tasks__group" aria-label={g.group || t('surveyTasks.noGroup')}>
              {named && <h4 className="survey-tasks__group-name">{g.group || t('surveyTasks.noGroup')}</h4>}
              <ol className="survey-tasks__list">
                {g.tasks.map((task, i) => {
                  const item = byId.get(task.id);
                  return item ? (
                    <TaskRow
                      key={task.id}
                      analysisId={analysisId}
                      board={board}
                      task={item}
                      first={i === 0}
                      last={i === g.tasks.length - 1}
                      groups={groups.map((x) => x.group).filter(Boolean)}
                      canMerge={list.length > 1}
                      onMerge={() => setMerging(item)}
                      onDelete={() => askDelete(item)}
                    />
                  ) : null;
                })}
              </ol>
            </section>
          ))}
        </>
      )}
      <AddTasks roles={board.roles} groups={groups.map((x) => x.group).filter(Boolean)} onAdd={add} />
      <Suspense fallback={null}>{library && <LibraryDialog analysisId={analysisId} board={board} onAdd={add} onClose={() => setLibrary(false)} />}</Suspense>
      {merging && <MergeDialog analysisId={analysisId} task={merging} tasks={list} onClose={() => setMerging(null)} />}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('surveyTasks.delete.title', { title: deleting?.task.title ?? '' })}
        body={t('surveyTasks.delete.body', {
          answers: plural('surveyTasks.delete.answers', deleting?.answers ?? 0),
          cards: plural('surveyTasks.delete.cards', deleting?.cards ?? 0),
        })}
        confirmLabel={t('surveyTasks.delete')}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) void remove(deleting.task);
        }}
      />
    </section>
  );
}

interface RowProps {
  analysisId: string;
  board: Board;
  task: SurveyTask;
  first: boolean;
  last: boolean;
  groups: string[];
  canMerge: boolean;
  onMerge: () => void;
  onDelete: () => void;
}

/** One task: its title and group edited in place, its roles, and its moves. Alt+↑/↓ anywhere in the row moves it. */
function TaskRow({ analysisId, board, task, first, last, groups, canMerge, onMerge, onDelete }: RowProps) {
  const { t } = useT();
  const rename = useApp((s) => s.renameSurveyTask);
  const setRoles = useApp((s) => s.setSurveyTaskRoles);
  const setGroup = useApp((s) => s.setSurveyTaskGroup);
  const moveTask = useApp((s) => s.moveSurveyTask);
  const pushToast = useApp((s) => s.pushToast);
  const [title, setTitle] = useState(task.title);
  const [group, setGroupText] = useState(task.group);
  const [editedFrom, setEditedFrom] = useState({ title: task.title, group: task.group });
  // Another window's edit (or an undo) shows in the fields unless the user is typing a change of their own.
  if (editedFrom.title !== task.title || editedFrom.group !== task.group) {
    setEditedFrom({ title: task.title, group: task.group });
    if (title === editedFrom.title) setTitle(task.title);
    if (group === editedFrom.group) setGroupText(task.group);
  }
  const error = validateTaskTitle(title) !== null;
  const groupsId = useId();
  const errorId = useId();

  const saveTitle = () => {
    if (error || title.trim() === task.title) return;
    void rename(analysisId, task.taskId, title.trim(), t('surveyTasks.history.rename', { title: title.trim() }));
  };
  const saveGroup = () => {
    if (group.trim() === task.group) return;
    void setGroup(analysisId, task.taskId, group, t('surveyTasks.history.group', { title: task.title }));
    focusTitle(task.taskId);
  };
  const move = async (step: -1 | 1) => {
    const moved = await moveTask(analysisId, task.taskId, step, t('surveyTasks.history.move', { title: task.title }));
    if (!moved) pushToast({ message: t('surveyTasks.edge', { title: task.title }) });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const target = e.target instanceof HTMLElement ? e.target : null;
    // The focus stays where it was in the row, which re-renders in its new place.
    const keep = target?.dataset.taskTitle !== undefined ? () => focusTitle(task.taskId) : () => target?.focus();
    void move(e.key === 'ArrowUp' ? -1 : 1).then(keep);
  };
  const toggleRole = (roleId: string, on: boolean) => {
    const next = board.roles.map((r) => r.id).filter((id) => (id === roleId ? on : task.roleIds.includes(id)));
    void setRoles(analysisId, task.taskId, next, t('surveyTasks.history.roles', { title: task.title }));
  };

  return (
    <li className="survey-task" onKeyDown={onKeyDown} data-testid="survey-task">
      <div className="survey-task__title">
        <input
          className="input"
          aria-label={t('surveyTasks.taskTitle')}
          aria-invalid={error || undefined}
          aria-describedby={error ? errorId : undefined}
          data-task-title={task.taskId}
          value={title}
          maxLength={220}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={saveTitle}
          onKeyDown={(e) => {
            if (e.key === 'Enter') saveTitle();
            if (e.key === 'Escape') setTitle(task.title);
          }}
        />
        {error && (
          <span id={errorId} className="field__error">
            {t('surveyTasks.titleError')}
          </span>
        )}
      </div>
      <fieldset className="survey-task__roles">
        <legend className="visually-hidden">{t('surveyTasks.rolesOf', { title: task.title })}</legend>
        {board.roles.map((r) => (
          <label key={r.id} className="survey-task__role">
            <input type="checkbox" checked={task.roleIds.includes(r.id)} onChange={(e) => toggleRole(r.id, e.target.checked)} />
            {r.name}
          </label>
        ))}
        {board.roles.length > 0 && task.roleIds.length === 0 && <span className="muted survey-task__none">{t('surveyTasks.noRoleMarked')}</span>}
      </fieldset>
      <input
        className="input survey-task__group"
        aria-label={`${t('surveyTasks.group')}: ${task.title}`}
        list={groupsId}
        value={group}
        maxLength={200}
        onChange={(e) => setGroupText(e.target.value)}
        onBlur={saveGroup}
        onKeyDown={(e) => {
          if (e.key === 'Enter') saveGroup();
        }}
      />
      <datalist id={groupsId}>
        {groups.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <div className="survey-task__actions">
        <button
          type="button"
          className="icon-button"
          aria-label={t('surveyTasks.moveUp', { title: task.title })}
          disabled={first}
          onClick={() => void move(-1)}
        >
          <ArrowUp aria-hidden size={16} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('surveyTasks.moveDown', { title: task.title })}
          disabled={last}
          onClick={() => void move(1)}
        >
          <ArrowDown aria-hidden size={16} />
        </button>
        <button type="button" className="icon-button" aria-label={t('surveyTasks.mergeOf', { title: task.title })} disabled={!canMerge} onClick={onMerge}>
          <Combine aria-hidden size={16} />
        </button>
        <button type="button" className="icon-button icon-button--danger" aria-label={t('surveyTasks.deleteOf', { title: task.title })} onClick={onDelete}>
          <Trash2 aria-hidden size={16} />
        </button>
      </div>
    </li>
  );
}

/** Adds one task (title and group) or many (one a line), each asked of every role. */
function AddTasks({ roles, groups, onAdd }: { roles: Board['roles']; groups: string[]; onAdd: (entries: NewSurveyTask[]) => Promise<string[]> }) {
  const { t } = useT();
  const [many, setMany] = useState(false);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [group, setGroup] = useState('');
  const groupsId = useId();
  const roleIds = roles.map((r) => r.id);
  const titles = many ? splitTitles(text).filter((x) => validateTaskTitle(x) === null) : validateTaskTitle(title) === null ? [title.trim()] : [];
  const submit = async () => {
    if (titles.length === 0) return;
    await onAdd(titles.map((x) => ({ title: x, roleIds, group })));
    setTitle('');
    setText('');
  };
  return (
    <form
      className="survey-tasks__add"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="survey-tasks__add-fields">
        {many ? (
          <label className="field survey-tasks__add-title">
            <span className="field__label">{t('surveyTasks.many')}</span>
            <textarea className="input input--multiline" rows={5} value={text} onChange={(e) => setText(e.target.value)} />
            <span className="field__hint">{t('surveyTasks.manyHint')}</span>
          </label>
        ) : (
          <label className="field survey-tasks__add-title">
            <span className="field__label">{t('surveyTasks.new')}</span>
            <input className="input" value={title} maxLength={220} onChange={(e) => setTitle(e.target.value)} />
          </label>
        )}
        <label className="field">
          <span className="field__label">{t('surveyTasks.newGroup')}</span>
          <input className="input" list={groupsId} value={group} maxLength={200} onChange={(e) => setGroup(e.target.value)} />
          <datalist id={groupsId}>
            {groups.map((g) => (
              <option key={g} value={g} />
            ))}
          </datalist>
        </label>
        <button type="submit" className="button" disabled={titles.length === 0}>
          <Plus aria-hidden size={18} />
          {t('surveyTasks.add')}
        </button>
      </div>
      <p className="muted">{roles.length > 0 ? t('surveyTasks.addRoles') : t('surveyTasks.noRoles')}</p>
      <button type="button" className="button button--small button--quiet" onClick={() => setMany(!many)}>
        {many ? t('surveyTasks.addOne') : t('surveyTasks.addMany')}
      </button>
    </form>
  );
}
