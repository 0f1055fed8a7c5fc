import { ChevronDown, ChevronRight, Download } from 'lucide-react';
import { lazy, Suspense, useMemo, useRef, useState, type ReactNode } from 'react';
import { COLOURS } from '../../shared/model.ts';
import { boardTotals, type RoleTotals } from '../../shared/totals.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { useAnalysis } from '../store/queries.ts';
import { toCsv } from '../../shared/csvWrite.ts';
import { boardCsvRows } from '../../shared/exchange/boardCsv.ts';
import { safeStem } from '../../shared/exchange/fileName.ts';
import { TimerAndPresent, UndoRedoButtons } from '../workshop/WorkshopButtons.tsx';
import { QuestionsPanel } from '../workshop/QuestionsPanel.tsx';
import { Announcer } from './Announcer.tsx';
import { BoardContext, type BoardContextValue } from './boardContext.ts';
import { BoardDndContext } from './BoardDndContext.tsx';
import { BoardGrid } from './BoardGrid.tsx';
import type { CardMenuAction } from './CardMenu.tsx';
import { createDragStore } from './dragStore.ts';
import type { DragSourceHandle } from './DragSource.tsx';
import { Legend } from './Legend.tsx';
import { QuickAdd } from './QuickAdd.tsx';
import { TotalsBars } from './TotalsBars.tsx';
import { useBoardActions } from './useBoardActions.ts';
import { useBoardData, ALL_ROLES } from './useBoardData.ts';
import { useBoardKeys } from './useBoardKeys.ts';
import { LOCAL_FLAGS, setLocalFlag, useLocalFlag } from '../shell/localFlags.ts';
import { BoardPoll, useAskRoom } from '../room/BoardPoll.tsx';

// Menus and dialogs load on first use: the board itself starts without their code.
const CardMenu = lazy(() => import('./CardMenu.tsx').then((m) => ({ default: m.CardMenu })));
const TaskDialog = lazy(() => import('./TaskDialog.tsx').then((m) => ({ default: m.TaskDialog })));
const MergeDialog = lazy(() => import('./MergeSplitDialogs.tsx').then((m) => ({ default: m.MergeDialog })));
const SplitDialog = lazy(() => import('./MergeSplitDialogs.tsx').then((m) => ({ default: m.SplitDialog })));

/** A window at least this tall shows the totals bars unless the user folded them (a 1080p screen does; a laptop does not). */
const TALL_WINDOW = 1000;

type Open = { kind: 'edit' | 'merge' | 'split'; taskId: string } | null;

/** The AKR colour board of one analysis: totals, legend, lanes × colours, and the workshop questions. */
export function BoardView({
  analysisId,
  lane,
  agenda,
  projector,
}: {
  analysisId: string;
  /** The projector's lane (from the facilitator's window), instead of this window's filter. */ lane?: string | null;
  /** The agenda's button, for the board's toolbar. */
  agenda?: ReactNode;
  /** The projector controls, the toolbar's last line. */
  projector?: ReactNode;
}) {
  const { t, roundHours } = useT();
  const { platform } = useServices();
  const unitName = useAnalysis(analysisId)?.unitName ?? '';
  const [allLane, setAllLane] = useState(false);
  const model = useBoardData(analysisId, allLane);
  const [dragStore] = useState(createDragStore);
  // The role filter lives in the store, so the projector can show the same lane.
  const storedLane = useApp((s) => s.boardLanes[analysisId] ?? null);
  const setBoardLane = useApp((s) => s.setBoardLane);
  const roleFilter = (lane === undefined ? storedLane : lane) ?? ALL_ROLES;
  const setRoleFilter = (value: string) => setBoardLane(analysisId, value === ALL_ROLES ? null : value);
  const [query, setQuery] = useState('');
  const [menu, setMenu] = useState<{ placementId: string } | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const menuAnchor = useRef<HTMLElement | null>(null);
  const quickAddRef = useRef<HTMLInputElement | null>(null);
  const dragSource = useRef<DragSourceHandle | null>(null);
  const actions = useBoardActions(analysisId, model, dragStore, allLane);
  const presenting = useApp((s) => s.presenting);
  // Folded or not is this machine's choice; until made, the bars show only where the window is tall enough
  // for them and a first row of cards.
  const totalsOpen = useLocalFlag(LOCAL_FLAGS.totalsOpen) ?? window.innerHeight >= TALL_WINDOW;

  const roles = useMemo(() => model?.roles ?? [], [model?.roles]);
  // A filter on a role that has since been deleted shows all roles again.
  const activeFilter = roles.some((r) => r.id === roleFilter) ? roleFilter : ALL_ROLES;
  const visibleRoles = activeFilter === ALL_ROLES ? roles : roles.filter((r) => r.id === activeFilter);
  const lanes = allLane ? [ALL_ROLES] : visibleRoles.map((r) => r.id);

  const totals = useMemo(() => {
    const result = boardTotals(model?.placements ?? [], roles);
    return { byRole: new Map<string, RoleTotals>(result.roles.map((r) => [r.roleId, r])), all: result.all };
  }, [model?.placements, roles]);

  const context = useMemo<BoardContextValue>(
    () => ({
      analysisId,
      dragStore,
      texts: {
        noHours: t('board.noHoursShort'),
        // Cards show hours as people read them; the edit dialog keeps the exact value.
        hours: roundHours,
        cardRole: t('board.cardRole'),
        hasNotes: t('board.hasNotes'),
        menuFor: (title) => t('board.menuFor', { title }),
      },
    }),
    [analysisId, dragStore, roundHours, t],
  );

  const openMenu = (placementId: string, anchor: HTMLElement) => {
    menuAnchor.current = anchor;
    setMenu({ placementId });
  };

  const onKeyDown = useBoardKeys({
    model,
    dragStore,
    actions,
    lanes,
    openMenu,
    texts: {
      picked: (title, colour, role, index, count) => t('board.picked', { title, colour, role, index, count }),
      target: (colour, role, index, count) => t('board.target', { colour, role, index, count }),
      cancelled: (title) => t('board.cancelled', { title }),
    },
  });

  // A colour poll on a card: its task, for its lane's role, goes to the phones in the room.
  const room = useAskRoom(analysisId);
  const askRoom = (placementId: string) => {
    const placement = model?.placements.find((p) => p.id === placementId);
    const task = placement && model?.tasksById.get(placement.taskId);
    const role = placement && roles.find((r) => r.id === placement.roleId);
    if (task && role) void room.ask({ id: task.id, title: task.title }, role);
  };

  // N jumps to the quick-add field while the board has the focus (not while typing elsewhere).
  const onBoardKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    if (event.key.toLowerCase() === 'n' && !event.ctrlKey && !event.metaKey && !event.altKey && !target.closest('input, textarea, select, [contenteditable]')) {
      event.preventDefault();
      quickAddRef.current?.focus();
      return;
    }
    // R on a card asks the room (while a room is open and no card is being moved).
    const card = target.closest<HTMLElement>('[data-card]');
    if (event.key.toLowerCase() === 'r' && room.available && card && !event.ctrlKey && !event.metaKey && !event.altKey && dragStore.getState().mode === null) {
      event.preventDefault();
      askRoom(card.dataset.placementId ?? '');
      return;
    }
    onKeyDown(event);
  };

  const menuPlacement = menu ? model?.placements.find((p) => p.id === menu.placementId) : undefined;
  const onMenuAction = (action: CardMenuAction) => {
    if (!menuPlacement) return;
    const colour = COLOURS.find((c) => action === `move:${c}`);
    if (colour) actions.moveToColour(menuPlacement.id, colour);
    else if (action === 'delete') void actions.deleteTask(menuPlacement.taskId);
    else if (action === 'duplicate') void actions.duplicateTask(menuPlacement.taskId);
    else if (action === 'ask') askRoom(menuPlacement.id);
    else if (action === 'edit' || action === 'merge' || action === 'split') setOpen({ kind: action, taskId: menuPlacement.taskId });
  };

  // Clicks on a card's "⋮" button open the shared menu.
  const onBoardClick = (event: React.MouseEvent<HTMLElement>) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('[data-card-menu]');
    if (button) openMenu(button.dataset.cardMenu ?? '', button);
  };
  // A press on a card may become a drag (mouse after 5 px, touch after a short hold).
  const onPress = (event: React.MouseEvent<HTMLElement> | React.TouchEvent<HTMLElement>) => {
    const card = (event.target as HTMLElement).closest<HTMLElement>('[data-card]');
    if (card && dragStore.getState().mode !== 'keyboard') dragSource.current?.start(event, card.dataset.placementId ?? '', card);
  };
  const onContextMenu = (event: React.MouseEvent<HTMLElement>) => {
    const card = (event.target as HTMLElement).closest<HTMLElement>('[data-card]');
    if (!card) return;
    event.preventDefault();
    openMenu(card.dataset.placementId ?? '', card);
  };

  if (!model) return <p className="muted">{t('common.loading')}</p>;
  const exportCsv = () => {
    const rows = boardCsvRows(model, {
      task: t('board.csv.task'),
      role: t('board.csv.role'),
      colour: t('board.csv.colour'),
      hours: t('board.csv.hours'),
      notes: t('board.csv.notes'),
      colourName: (c) => t(`colour.${c}`),
    });
    void platform.saveFile(`${safeStem(unitName)}-${t('board.csv.fileSuffix')}.csv`, new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  };
  const openTask = open ? model.tasksById.get(open.taskId) : undefined;

  return (
    <BoardContext.Provider value={context}>
      <div className="board-view" onKeyDown={onBoardKeyDown} onClick={onBoardClick} onContextMenu={onContextMenu}>
        <p id="board-instructions" className="visually-hidden">
          {t('board.instructions')}
        </p>
        <Announcer dragStore={dragStore} />
        {roles.length === 0 ? (
          <p className="empty-note">{t('board.noRoles')}</p>
        ) : (
          <>
            <div className="board-toolbar" role="group" aria-label={t('board.tools')}>
              {!presenting && (
                <div className="board-toolbar__row">
                  <QuickAdd roles={roles} inputRef={quickAddRef} onAdd={(title, roleIds, hours) => actions.addTask(title, roleIds, hours)} />
                  <label className="search">
                    <span className="visually-hidden">{t('board.search')}</span>
                    <input type="search" className="input" placeholder={t('board.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
                  </label>
                  <label className="board-toolbar__filter">
                    <span className="visually-hidden">{t('board.filterRole')}</span>
                    <select className="input" value={activeFilter} onChange={(e) => setRoleFilter(e.target.value)} aria-label={t('board.filterRole')}>
                      <option value={ALL_ROLES}>{t('board.allRolesFilter')}</option>
                      {roles.map((r) => (
                        <option key={r.id} value={r.id}>
                          {r.name}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
              )}
              <div className="board-toolbar__row">
                <UndoRedoButtons analysisId={analysisId} />
                <TimerAndPresent analysisId={analysisId} />
                {!presenting && agenda}
              </div>
              {!presenting && projector}
            </div>
            <div className="board-summary">
              <button
                type="button"
                className="board-summary__toggle"
                aria-expanded={totalsOpen}
                aria-controls={totalsOpen ? 'board-totals' : undefined}
                onClick={() => setLocalFlag(LOCAL_FLAGS.totalsOpen, !totalsOpen)}
              >
                {totalsOpen ? <ChevronDown aria-hidden size={18} /> : <ChevronRight aria-hidden size={18} />}
                {t('board.totals')}
              </button>
              <label className="checkbox">
                <input type="checkbox" checked={allLane} onChange={(e) => setAllLane(e.target.checked)} />
                {t('board.oneLane')}
              </label>
              {!presenting && (
                <button type="button" className="button button--small board-summary__end" onClick={exportCsv}>
                  <Download aria-hidden size={18} />
                  {t('board.exportCsv')}
                </button>
              )}
            </div>
            <Legend />
            {totalsOpen && <TotalsBars id="board-totals" roles={visibleRoles} totals={totals.byRole} hoursText={actions.hoursText} />}
            <BoardDndContext model={model} dragStore={dragStore} actions={actions} sourceRef={dragSource}>
              <div onMouseDown={onPress} onTouchStart={onPress}>
                <BoardGrid
                  model={model}
                  lanes={allLane ? 'all' : visibleRoles}
                  totals={totals.byRole}
                  allTotals={totals.all}
                  query={query}
                  hoursText={actions.hoursText}
                />
              </div>
            </BoardDndContext>
            {/* After the lanes, kept in view at the window's bottom while they scroll: the spread beside the card being placed. */}
            {!presenting && <BoardPoll analysisId={analysisId} />}
          </>
        )}
        {!presenting && <QuestionsPanel analysisId={analysisId} />}
        <Suspense fallback={null}>
          {menu && menuPlacement && (
            <CardMenu
              triggerRef={menuAnchor}
              isOpen
              currentColour={menuPlacement.colour}
              askRoom={room.available}
              onClose={() => setMenu(null)}
              onAction={onMenuAction}
            />
          )}
          {open?.kind === 'edit' && openTask && (
            <TaskDialog
              task={openTask}
              placements={model.placements.filter((p) => p.taskId === openTask.id)}
              roles={roles}
              onClose={() => setOpen(null)}
              onSave={(edit) => actions.editTask(openTask.id, edit)}
            />
          )}
          {open?.kind === 'merge' && openTask && (
            <MergeDialog
              task={openTask}
              others={model.tasks.filter((x) => x.id !== openTask.id)}
              onClose={() => setOpen(null)}
              onMerge={(otherId) => actions.mergeTasks(openTask.id, otherId)}
            />
          )}
          {open?.kind === 'split' && openTask && (
            <SplitDialog task={openTask} onClose={() => setOpen(null)} onSplit={(title, share) => actions.splitTask(openTask.id, title, share)} />
          )}
        </Suspense>
      </div>
    </BoardContext.Provider>
  );
}
