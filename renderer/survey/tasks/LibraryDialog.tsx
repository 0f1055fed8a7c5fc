import { useEffect, useId, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import type { Board } from '../../../shared/board.ts';
import type { Task } from '../../../shared/model.ts';
import { loadLibraryLists, ownLibrary, pickable, type LibraryList } from '../../../shared/survey/library.ts';
import { libraryEntries, libraryTaskKey, matchLibraryRoles } from '../../../shared/survey/libraryPick.ts';
import type { NewSurveyTask } from '../../../shared/survey/taskList.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useT } from '../../i18n/i18n.ts';
import { useServices } from '../../store/context.ts';
import { useSummaries } from '../../store/queries.ts';

const OWN = 'own';

/** The facilitator's own library as a list of one group, from the tasks of their other analyses on this computer. */
function useOwnList(analysisId: string, groupName: string, name: string, description: string): LibraryList | null {
  const { repos } = useServices();
  const summaries = useSummaries();
  const [tasks, setTasks] = useState<Task[] | null>(null);
  const others = useMemo(
    () => (summaries ?? []).filter((s) => s.analysis.id !== analysisId && !s.analysis.example).map((s) => s.analysis.id),
    [summaries, analysisId],
  );
  useEffect(() => {
    if (!summaries) return;
    let live = true;
    void Promise.all(others.map((id) => repos.items.where('tasks', 'analysisId', id))).then((lists) => {
      if (live) setTasks(lists.flat());
    });
    return () => {
      live = false;
    };
  }, [repos, others, summaries]);
  return useMemo(() => {
    if (!tasks) return null;
    const entries = ownLibrary(tasks, { analysisId });
    return {
      id: OWN,
      name: { sv: name, en: name },
      description: { sv: description, en: description },
      roles: [],
      groups: [{ id: OWN, name: { sv: groupName, en: groupName }, tasks: entries.map((e) => ({ sv: e.title, en: e.title })) }],
    };
  }, [tasks, analysisId, groupName, name, description]);
}

interface Props {
  analysisId: string;
  board: Board;
  onAdd: (entries: NewSurveyTask[]) => Promise<string[]>;
  onClose: () => void;
}

/**
 * "Börja från ett bibliotek": the built-in starting lists (loaded only now)
 * and the facilitator's own library. Tasks are ticked per task or per group;
 * those the analysis has already are shown as such and cannot be added again.
 * Adding is one undo step.
 */
export function LibraryDialog({ analysisId, board, onAdd, onClose }: Props) {
  const { t, plural, language } = useT();
  const [lists, setLists] = useState<readonly LibraryList[] | null>(null);
  const own = useOwnList(analysisId, t('library.ownGroup'), t('library.own'), t('library.ownDescription'));
  const [chosen, setChosen] = useState<string | null>(null);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [roleMap, setRoleMap] = useState<ReadonlyMap<string, string | null>>(new Map());
  const [ownRoles, setOwnRoles] = useState<ReadonlySet<string>>(() => new Set(board.roles.map((r) => r.id)));
  const [busy, setBusy] = useState(false);
  const listsId = useId();
  useEffect(() => {
    let live = true;
    void loadLibraryLists().then((l) => {
      if (live) setLists(l);
    });
    return () => {
      live = false;
    };
  }, []);
  const titles = useMemo(() => board.tasks.map((x) => x.title), [board.tasks]);
  const all = useMemo(() => [...(lists ?? []), ...(own && own.groups[0]?.tasks.length ? [own] : [])], [lists, own]);
  const list = all.find((l) => l.id === chosen) ?? null;
  const shown = useMemo(() => (list ? pickable(list, titles) : null), [list, titles]);

  const choose = (next: LibraryList) => {
    setChosen(next.id);
    const marked = pickable(next, titles);
    setPicked(new Set(marked.groups.flatMap((g) => g.tasks.flatMap((x, i) => (x.present ? [] : [libraryTaskKey(g.id, i)])))));
    setRoleMap(matchLibraryRoles(next.roles, board.roles));
  };
  const toggle = (keys: string[], on: boolean) =>
    setPicked((before) => {
      const next = new Set(before);
      for (const k of keys) {
        if (on) next.add(k);
        else next.delete(k);
      }
      return next;
    });
  const entries = list ? libraryEntries(list, picked, roleMap, language).map((e) => (list.id === OWN ? { ...e, group: '', roleIds: [...ownRoles] } : e)) : [];
  const add = async () => {
    setBusy(true);
    await onAdd(entries);
    onClose();
  };

  return (
    <Dialog title={t('library.title')} isOpen onClose={onClose} wide>
      <p>{t('library.intro')}</p>
      {!lists ? (
        <p className="muted">{t('library.loading')}</p>
      ) : (
        <div className="library">
          <fieldset className="library__lists">
            <legend className="field__label" id={listsId}>
              {t('library.lists')}
            </legend>
            {all.map((l) => {
              const marked = pickable(l, titles);
              return (
                <label key={l.id} className="library__list">
                  <input type="radio" name={listsId} checked={chosen === l.id} onChange={() => choose(l)} />
                  <span>
                    <strong>{l.name[language]}</strong>
                    <span className="muted library__list-count">{t('library.tasksOf', { present: marked.present, total: marked.total })}</span>
                  </span>
                </label>
              );
            })}
            {own && own.groups[0]?.tasks.length === 0 && <p className="muted">{t('library.ownEmpty')}</p>}
          </fieldset>
          <div className="library__tasks">
            {shown && list && (
              <>
                {list.description && <p className="muted">{list.description[language]}</p>}
                {board.roles.length > 0 && list.id !== OWN && list.roles.length > 0 && (
                  <fieldset className="library__roles">
                    <legend className="field__label">{t('library.roleMap')}</legend>
                    <p className="field__hint">{t('library.roleMapHint')}</p>
                    {list.roles.map((r) => (
                      <label key={r.sv} className="library__role">
                        <span>{r[language]}</span>
                        <select
                          className="input"
                          value={roleMap.get(r.sv) ?? ''}
                          onChange={(e) => setRoleMap(new Map([...roleMap, [r.sv, e.target.value || null]]))}
                        >
                          <option value="">{t('library.roleNone')}</option>
                          {board.roles.map((role) => (
                            <option key={role.id} value={role.id}>
                              {role.name}
                            </option>
                          ))}
                        </select>
                      </label>
                    ))}
                  </fieldset>
                )}
                {list.id === OWN && board.roles.length > 0 && (
                  <fieldset className="library__roles">
                    <legend className="field__label">{t('library.ownRoles')}</legend>
                    {board.roles.map((role) => (
                      <label key={role.id} className="library__check">
                        <input
                          type="checkbox"
                          checked={ownRoles.has(role.id)}
                          onChange={(e) => {
                            const next = new Set(ownRoles);
                            if (e.target.checked) next.add(role.id);
                            else next.delete(role.id);
                            setOwnRoles(next);
                          }}
                        />
                        {role.name}
                      </label>
                    ))}
                  </fieldset>
                )}
                {shown.groups.map((g) => {
                  const open = g.tasks.flatMap((x, i) => (x.present ? [] : [libraryTaskKey(g.id, i)]));
                  const on = open.filter((k) => picked.has(k)).length;
                  return (
                    <fieldset key={g.id} className="library__group">
                      <legend className="visually-hidden">{g.name[language]}</legend>
                      <label className="library__check library__group-name">
                        <input
                          type="checkbox"
                          aria-label={t('library.group', { group: g.name[language] })}
                          checked={open.length > 0 && on === open.length}
                          disabled={open.length === 0}
                          ref={(el) => {
                            if (el) el.indeterminate = on > 0 && on < open.length;
                          }}
                          onChange={(e) => toggle(open, e.target.checked)}
                        />
                        <strong>{g.name[language]}</strong>
                      </label>
                      <ul className="library__group-tasks">
                        {g.tasks.map((x, i) => {
                          const key = libraryTaskKey(g.id, i);
                          return (
                            <li key={key}>
                              <label className="library__check">
                                <input
                                  type="checkbox"
                                  checked={x.present || picked.has(key)}
                                  disabled={x.present}
                                  onChange={(e) => toggle([key], e.target.checked)}
                                />
                                {x[language]}
                                {x.present && <span className="muted"> ({t('library.present')})</span>}
                              </label>
                            </li>
                          );
                        })}
                      </ul>
                    </fieldset>
                  );
                })}
              </>
            )}
          </div>
        </div>
      )}
      <div className="dialog__actions">
        <Button className="button" onPress={onClose}>
          {t('common.cancel')}
        </Button>
        <Button className="button button--primary" isDisabled={entries.length === 0 || busy} onPress={() => void add()}>
          {plural('library.addCount', entries.length)}
        </Button>
      </div>
    </Dialog>
  );
}
