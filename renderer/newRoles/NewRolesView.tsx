import { DndContext, MouseSensor, TouchSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { AlertTriangle, GripVertical, Plus, Printer, Trash2 } from 'lucide-react';
import { useRef, useState, type SubmitEvent, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Menu, MenuItem, Popover } from 'react-aria-components';
import type { Change } from '../../shared/changes.ts';
import { updated } from '../../shared/changes.ts';
import { revise } from '../../shared/items.ts';
import type { Placement } from '../../shared/model.ts';
import { parseDecimal } from '../../shared/numbers.ts';
import {
  addPart,
  CONTRACT_FORMS,
  createNewRole,
  deleteNewRole,
  movePart,
  setExtra,
  summariseNewRoles,
  unassignedHours,
  type ContractForm,
  type NewRole,
  type NewRoleSummary,
  type PartSummary,
  type RolePart,
} from '../../shared/newRoles.ts';
import { AutosaveField } from '../components/AutosaveField.tsx';
import { Hyphenated } from '../components/Hyphenated.tsx';
import { ColourIcon } from '../board/colours.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { useAnalysis } from '../store/queries.ts';
import { useLive } from '../store/useLive.ts';
import { JobDescription } from './JobDescription.tsx';
import { PdfButton } from '../pdf/PdfButton.tsx';
import { StaffingSection } from './StaffingSection.tsx';
import { PeopleSection } from './PeopleSection.tsx';
import { EstimateSection } from './EstimateSection.tsx';
import { useNewRoles } from './useNewRoles.ts';
import { LiveRegion } from '../components/LiveRegion.tsx';

const now = () => new Date().toISOString();
type Carried = { kind: 'source' | 'part'; id: string; target: number };

/** A source card or a part being carried: what it is called in announcements. */
interface Movable {
  kind: 'source' | 'part';
  id: string;
  placement: Placement | null;
  taskTitle: string;
  part: RolePart | null;
}

/** A card that can be carried to a role; its visible text is its name. */
function Draggable({
  id,
  children,
  className,
  onKeyDown,
  picked,
}: {
  id: string;
  children: ReactNode;
  className: string;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  picked: boolean;
}) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id });
  return (
    <div
      ref={setNodeRef}
      {...listeners}
      {...attributes}
      role="button"
      // dnd-kit's default role description is the English word "draggable"; the Swedish instructions say how instead.
      aria-roledescription={undefined}
      aria-describedby="new-roles-instructions"
      aria-pressed={picked || undefined}
      tabIndex={0}
      className={`${className}${isDragging || picked ? ' is-carried' : ''}`}
      onKeyDown={onKeyDown}
      data-movable={id}
    >
      <GripVertical aria-hidden size={16} className="drag-handle" />
      {children}
    </div>
  );
}

function RoleDrop({ role, highlighted, children }: { role: NewRole; highlighted: boolean; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: `role:${role.id}` });
  return (
    <section
      ref={setNodeRef}
      className={`new-role${isOver || highlighted ? ' new-role--over' : ''}`}
      aria-labelledby={`new-role-${role.id}`}
      data-new-role={role.id}
    >
      {children}
    </section>
  );
}

/**
 * The role builder: red and yellow tasks from the board on one side, new
 * roles on the other. Tasks go into a role by drag (mouse, touch), by
 * keyboard (Space, arrows, Space) or by "Lägg till i tjänst…"; a role shows
 * its hours, share of a full-time post, whom it relieves, advice when it is
 * thin, and its requirements and contract form.
 */
export function NewRolesView({ analysisId }: { analysisId: string }) {
  const translator = useT();
  const { t, hours: h, number, date } = translator;
  const { repos } = useServices();
  const commit = useApp((s) => s.commit);
  const setGestureActive = useApp((s) => s.setGestureActive);
  const pushToast = useApp((s) => s.pushToast);
  const undo = useApp((s) => s.undo);
  const data = useNewRoles(analysisId);
  const board = useLive(() => repos.board.live(analysisId), [repos, analysisId]);
  const analysis = useAnalysis(analysisId);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [showGiven, setShowGiven] = useState(false);
  const [carried, setCarried] = useState<Carried | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [menu, setMenu] = useState<{ kind: 'source' | 'part'; id: string } | null>(null);
  const [printing, setPrinting] = useState<string | null>(null);
  const menuAnchor = useRef<HTMLElement | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
  );

  if (!data || !board) return <p className="muted">{t('common.loading')}</p>;
  const extras = data.extras?.taskIds ?? [];
  const summaries = summariseNewRoles(board, data.roles, data.parts, extras);
  const roles = summaries.map((s) => s.role);
  const tasks = new Map(board.tasks.map((x) => [x.id, x]));
  const existing = new Map(board.roles.map((r) => [r.id, r]));
  const run = (label: string, changes: Change[]) => (changes.length === 0 ? Promise.resolve() : commit(changes, { undoable: true, label: label }));

  const sources = board.roles.flatMap((role) =>
    board.placements
      .filter((p) => p.roleId === role.id && (p.colour === 'red' || p.colour === 'yellow'))
      .sort((a, b) =>
        a.colour === b.colour ? (tasks.get(a.taskId)?.title ?? '').localeCompare(tasks.get(b.taskId)?.title ?? '', 'sv') : a.colour === 'red' ? -1 : 1,
      )
      .map((placement) => ({ placement, left: unassignedHours(placement, data.parts), given: data.parts.some((x) => x.placementId === placement.id) })),
  );
  const visibleSources = sources.filter((s) => showGiven || !s.given || (s.left ?? 0) > 0);

  const movable = (kind: 'source' | 'part', id: string): Movable | null => {
    if (kind === 'source') {
      const placement = board.placements.find((p) => p.id === id) ?? null;
      return placement ? { kind, id, placement, taskTitle: tasks.get(placement.taskId)?.title ?? '', part: null } : null;
    }
    const part = data.parts.find((x) => x.id === id);
    if (!part) return null;
    const placement = board.placements.find((p) => p.id === part.placementId) ?? null;
    return { kind, id, placement, taskTitle: (placement && tasks.get(placement.taskId)?.title) ?? '?', part };
  };

  /** Puts a source or a part into a role; says what happened. */
  const place = (m: Movable, role: NewRole) => {
    const changes =
      m.kind === 'source' && m.placement
        ? addPart(data.parts, role, m.placement, null, crypto.randomUUID(), now())
        : m.part
          ? movePart(data.parts, m.part, role, now())
          : [];
    if (changes.length === 0) {
      setAnnouncement(t('newRoles.announce.already', { name: role.name, task: m.taskTitle }));
      return;
    }
    void run(t(m.kind === 'source' ? 'newRoles.history.add' : 'newRoles.history.move', { task: m.taskTitle, name: role.name }), changes);
    setAnnouncement(t('newRoles.announce.dropped', { task: m.taskTitle, name: role.name }));
  };

  const onDragEnd = (event: DragEndEvent) => {
    setGestureActive(false);
    const [kind, id] = String(event.active.id).split(':') as ['source' | 'part', string];
    const roleId = event.over ? String(event.over.id).replace(/^role:/, '') : null;
    const role = roles.find((r) => r.id === roleId);
    const m = movable(kind, id);
    if (role && m) place(m, role);
  };

  /** Space picks up, Up/Down choose a role, Space/Enter drops, Esc cancels; Enter alone opens the menu. */
  const onKeyDown = (kind: 'source' | 'part', id: string) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const m = movable(kind, id);
    if (!m) return;
    if (carried && carried.id === id) {
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        setCarried(null);
        setGestureActive(false);
        const role = roles[carried.target];
        if (role) place(m, role);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setCarried(null);
        setGestureActive(false);
        setAnnouncement(t('newRoles.announce.cancelled', { task: m.taskTitle }));
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : -1;
        const target = Math.max(0, Math.min(roles.length - 1, carried.target + step));
        setCarried({ ...carried, target });
        const role = roles[target];
        if (role) setAnnouncement(t('newRoles.announce.over', { name: role.name }));
      }
      return;
    }
    if (event.key === ' ') {
      event.preventDefault();
      if (roles.length === 0) {
        setAnnouncement(t('newRoles.noRolesYet'));
        return;
      }
      const start =
        kind === 'part' && m.part
          ? Math.max(
              0,
              roles.findIndex((r) => r.id === m.part?.newRoleId),
            )
          : 0;
      setCarried({ kind, id, target: start });
      setGestureActive(true);
      setAnnouncement(`${t('newRoles.announce.picked', { task: m.taskTitle })} ${t('newRoles.announce.over', { name: roles[start]?.name ?? '' })}`);
    } else if (event.key === 'Enter' || event.key === 'ContextMenu') {
      event.preventDefault();
      menuAnchor.current = event.currentTarget;
      setMenu({ kind, id });
    }
  };

  const create = (event: SubmitEvent) => {
    event.preventDefault();
    const changes = createNewRole(data.roles, analysisId, { name }, crypto.randomUUID(), now());
    if (changes.length === 0) {
      setNameError(t('newRoles.nameRequired'));
      return;
    }
    void run(t('newRoles.history.create', { name: name.trim() }), changes);
    setName('');
    setNameError(null);
  };

  const edit = (role: NewRole, patch: Partial<Omit<NewRole, 'id' | 'rev' | 'updatedAt'>>) =>
    run(t('newRoles.history.edit', { name: role.name }), [updated('newRoles', role, revise(role, patch, now()))]);

  const remove = (role: NewRole) =>
    void run(t('newRoles.history.delete', { name: role.name }), deleteNewRole(role, data.parts, data.hires)).then(() =>
      pushToast({
        message: t('newRoles.deleted', { name: role.name }),
        undo: async () => {
          await undo(analysisId);
        },
      }),
    );

  const print = (roleId: string) => {
    setPrinting(roleId);
    // After the print dialog (or its preview) closes, the sheet goes.
    const done = () => {
      window.removeEventListener('afterprint', done);
      setPrinting(null);
    };
    window.addEventListener('afterprint', done);
    requestAnimationFrame(() => window.print());
  };

  const menuItem = menu ? movable(menu.kind, menu.id) : null;
  const printed = summaries.find((s) => s.role.id === printing);

  const partRow = (summary: NewRoleSummary, s: PartSummary) => {
    const title = s.task?.title ?? '?';
    const placementHours = s.placement?.hours;
    return (
      <li key={s.part.id} className={`new-role__part${s.status !== 'ok' ? ' new-role__part--flagged' : ''}`}>
        <Draggable id={`part:${s.part.id}`} className="movable" onKeyDown={onKeyDown('part', s.part.id)} picked={carried?.id === s.part.id}>
          <span className="movable__title">
            {s.placement && <ColourIcon colour={s.placement.colour} size={16} />} <Hyphenated text={title} />
            {s.extra && <span className="badge badge--extra">{t('newRoles.extra')}</span>}
          </span>
          <span className="muted movable__meta">
            {s.sourceRole && s.placement ? t('newRoles.part.from', { role: s.sourceRole.name, colour: t(`colour.${s.placement.colour}`) }) : ''}
          </span>
        </Draggable>
        {s.status !== 'ok' && (
          <p className="new-role__flag" role="note">
            <AlertTriangle aria-hidden size={16} /> {t(s.status === 'gone' ? 'newRoles.part.gone' : 'newRoles.part.notRedOrYellow')}
          </p>
        )}
        <div className="new-role__part-tools">
          <AutosaveField
            className="field--inline field--hours"
            label={t('newRoles.part.hours', { task: title })}
            hideLabel
            inputMode="decimal"
            placeholder={placementHours != null ? number(s.hours) : ''}
            stored={s.part.hours === null ? '' : number(s.part.hours)}
            validate={(text) => {
              if (text.trim() === '') return null;
              const value = parseDecimal(text);
              return value === null || value < 0 || value > 168 ? t('newRoles.part.invalid') : null;
            }}
            save={(text) => {
              const value = text.trim() === '' ? null : parseDecimal(text);
              return run(t('newRoles.history.hours', { task: title }), [updated('roleParts', s.part, revise(s.part, { hours: value }, now()))]);
            }}
          />
          <span className="muted">h</span>
          <button
            type="button"
            className="button button--small"
            aria-label={t('newRoles.moveToLabel', { task: title })}
            onClick={(e) => {
              menuAnchor.current = e.currentTarget;
              setMenu({ kind: 'part', id: s.part.id });
            }}
            disabled={roles.length < 2}
          >
            {t('newRoles.moveTo')}
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('newRoles.part.remove', { task: title })}
            onClick={() =>
              void run(t('newRoles.history.remove', { task: title, name: summary.role.name }), [{ table: 'roleParts', before: s.part, after: null }])
            }
          >
            <Trash2 aria-hidden size={18} />
          </button>
        </div>
      </li>
    );
  };

  return (
    <div className="new-roles">
      <p>{t('newRoles.intro')}</p>
      <p id="new-roles-instructions" className="visually-hidden">
        {t('newRoles.instructions')}
      </p>
      <LiveRegion testId="new-roles-announcer">{announcement}</LiveRegion>
      <form className="new-roles__create" onSubmit={create} noValidate>
        <label className="field">
          <span className="field__label">{t('newRoles.name')}</span>
          <input
            className="input"
            value={name}
            maxLength={200}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? 'new-role-name-error' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {nameError && (
            <span id="new-role-name-error" className="field__error">
              {nameError}
            </span>
          )}
        </label>
        <button type="submit" className="button button--primary">
          <Plus aria-hidden size={18} />
          {t('newRoles.create')}
        </button>
      </form>
      <DndContext sensors={sensors} onDragStart={() => setGestureActive(true)} onDragEnd={onDragEnd} onDragCancel={() => setGestureActive(false)}>
        <div className="new-roles__builder">
          <section className="new-roles__source" aria-labelledby="new-roles-source">
            <h2 id="new-roles-source">{t('newRoles.source')}</h2>
            <label className="checkbox">
              <input type="checkbox" checked={showGiven} onChange={(e) => setShowGiven(e.target.checked)} />
              {t('newRoles.showGiven')}
            </label>
            {sources.length === 0 ? (
              <p className="empty-state">{t('newRoles.sourceEmpty')}</p>
            ) : visibleSources.length === 0 ? (
              <p className="empty-state">{t('newRoles.sourceAllGiven')}</p>
            ) : (
              <ul className="new-roles__list">
                {visibleSources.map(({ placement, left }) => {
                  const task = tasks.get(placement.taskId);
                  const role = existing.get(placement.roleId);
                  const title = task?.title ?? '';
                  const isExtra = extras.includes(placement.taskId);
                  return (
                    <li key={placement.id} className="source-item">
                      <Draggable
                        id={`source:${placement.id}`}
                        className="movable"
                        onKeyDown={onKeyDown('source', placement.id)}
                        picked={carried?.id === placement.id}
                      >
                        <span className="movable__title">
                          <ColourIcon colour={placement.colour} size={16} /> <Hyphenated text={title} />
                        </span>
                        <span className="muted movable__meta">
                          {role?.name} · {t(`colour.${placement.colour}`)} ·{' '}
                          {placement.hours === null || left === null ? t('newRoles.noHours') : t('newRoles.left', { left: h(left), hours: h(placement.hours) })}
                        </span>
                      </Draggable>
                      <div className="source-item__tools">
                        <label className="checkbox checkbox--small" title={t('newRoles.extraHint')}>
                          <input
                            type="checkbox"
                            checked={isExtra}
                            onChange={(e) =>
                              void run(
                                t('newRoles.history.extra', { task: title }),
                                setExtra(data.extras, analysisId, placement.taskId, e.target.checked, now()),
                              )
                            }
                          />
                          {t('newRoles.extra')}
                        </label>
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('newRoles.addToLabel', { task: title, role: role?.name ?? '' })}
                          disabled={roles.length === 0}
                          onClick={(e) => {
                            menuAnchor.current = e.currentTarget;
                            setMenu({ kind: 'source', id: placement.id });
                          }}
                        >
                          {t('newRoles.addTo')}
                        </button>
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
          <div className="new-roles__roles">
            {summaries.length === 0 && <p className="empty-state">{t('newRoles.empty')}</p>}
            {summaries.map((summary, index) => {
              const { role } = summary;
              const percent = number(summary.share * 100, 0);
              return (
                <RoleDrop key={role.id} role={role} highlighted={carried?.target === index}>
                  <header className="new-role__header">
                    <h2 id={`new-role-${role.id}`}>{role.name}</h2>
                    <p className="new-role__figures" data-testid={`new-role-figures-${role.name}`}>
                      <strong>{t('newRoles.hours', { hours: h(summary.hours) })}</strong> ·{' '}
                      {summary.share > 1
                        ? t('newRoles.posts', { posts: number(summary.share, 2), full: number(role.fullTimeHours) })
                        : t('newRoles.share', { percent, full: number(role.fullTimeHours) })}
                    </p>
                  </header>
                  {(summary.underHalf || summary.onlyExtras) && (
                    <div className="new-role__advice" role="note">
                      {summary.underHalf && <p>{t('newRoles.thin.underHalf', { percent })}</p>}
                      {summary.onlyExtras && <p>{t('newRoles.thin.onlyExtras')}</p>}
                    </div>
                  )}
                  {summary.parts.length === 0 ? (
                    <p className="new-role__drop muted">{t('newRoles.dropHere')}</p>
                  ) : (
                    <ul className="new-role__parts">{summary.parts.map((s) => partRow(summary, s))}</ul>
                  )}
                  {summary.relief.length > 0 && (
                    <div className="new-role__relief">
                      <h3>{t('newRoles.relief')}</h3>
                      <ul>
                        {summary.relief.map((r) => (
                          <li key={r.roleId}>
                            {r.perPerson === null
                              ? t('newRoles.reliefLineNoPeople', { role: r.name, hours: h(r.hours) })
                              : t('newRoles.reliefLine', { role: r.name, hours: h(r.hours), perPerson: h(r.perPerson) })}
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                  <details className="new-role__details">
                    <summary>{t('newRoles.requirements')}</summary>
                    <AutosaveField
                      label={t('newRoles.name')}
                      stored={role.name}
                      maxLength={200}
                      validate={(x) => (x.trim() === '' ? t('newRoles.nameRequired') : null)}
                      save={(x) => edit(role, { name: x.trim() })}
                    />
                    <AutosaveField label={t('newRoles.purpose')} multiline maxLength={10_000} stored={role.purpose} save={(x) => edit(role, { purpose: x })} />
                    <AutosaveField
                      label={t('newRoles.skills')}
                      hint={t('newRoles.skillsHint')}
                      multiline
                      maxLength={10_000}
                      stored={role.skills}
                      save={(x) => edit(role, { skills: x })}
                    />
                    <AutosaveField
                      label={t('newRoles.training')}
                      multiline
                      maxLength={10_000}
                      stored={role.training}
                      save={(x) => edit(role, { training: x })}
                    />
                    <AutosaveField
                      label={t('newRoles.adaptations')}
                      multiline
                      maxLength={10_000}
                      stored={role.adaptations}
                      save={(x) => edit(role, { adaptations: x })}
                    />
                    <AutosaveField
                      label={t('newRoles.supervision')}
                      multiline
                      maxLength={10_000}
                      stored={role.supervision}
                      save={(x) => edit(role, { supervision: x })}
                    />
                    <AutosaveField
                      label={t('newRoles.fullTime')}
                      inputMode="decimal"
                      stored={number(role.fullTimeHours)}
                      validate={(x) => {
                        const value = parseDecimal(x);
                        return value === null || value < 1 || value > 80 ? t('newRoles.fullTimeInvalid') : null;
                      }}
                      save={(x) => edit(role, { fullTimeHours: parseDecimal(x) ?? role.fullTimeHours })}
                    />
                    <fieldset className="new-role__contract">
                      <legend>{t('newRoles.contract')}</legend>
                      {([null, ...CONTRACT_FORMS] as (ContractForm | null)[]).map((form) => (
                        <label key={form ?? 'none'} className="radio">
                          <input
                            type="radio"
                            name={`contract-${role.id}`}
                            checked={role.contract === form}
                            onChange={() => void edit(role, { contract: form })}
                          />
                          {t(`newRoles.contract.${form ?? 'none'}`)}
                        </label>
                      ))}
                      <p className="muted">{t(`newRoles.contractNote.${role.contract ?? 'none'}`)}</p>
                    </fieldset>
                  </details>
                  <PeopleSection role={role} hires={data.hires} />
                  <EstimateSection analysisId={analysisId} summary={summary} />
                  <div className="new-role__actions">
                    <button type="button" className="button button--small" onClick={() => print(role.id)}>
                      <Printer aria-hidden size={18} />
                      {t('newRoles.print')}
                    </button>
                    <PdfButton analysisId={analysisId} kind={{ jobDescription: role.id }} label={t('pdfExport.job')} />
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('newRoles.deleteLabel', { name: role.name })}
                      onClick={() => remove(role)}
                    >
                      <Trash2 aria-hidden size={18} />
                      {t('newRoles.delete')}
                    </button>
                  </div>
                </RoleDrop>
              );
            })}
          </div>
        </div>
      </DndContext>
      <StaffingSection analysisId={analysisId} />
      {menu && menuItem && (
        <Popover triggerRef={menuAnchor} isOpen onOpenChange={(open) => !open && setMenu(null)} className="popover" placement="bottom start">
          <Menu
            className="menu"
            aria-label={menu.kind === 'source' ? t('newRoles.addTo') : t('newRoles.moveTo')}
            autoFocus="first"
            onAction={(key) => {
              setMenu(null);
              const role = roles.find((r) => r.id === String(key));
              if (role) place(menuItem, role);
            }}
          >
            {roles
              .filter((r) => menu.kind === 'source' || r.id !== menuItem.part?.newRoleId)
              .map((r) => (
                <MenuItem key={r.id} id={r.id} className="menu__item">
                  {r.name}
                </MenuItem>
              ))}
          </Menu>
        </Popover>
      )}
      {printed &&
        analysis &&
        createPortal(
          <JobDescription summary={printed} unitName={analysis.unitName} organisation={analysis.organisation} date={date(new Date())} />,
          document.body,
        )}
    </div>
  );
}
