import { Download, FolderOpen, RefreshCw } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import { toCsv } from '../../shared/csvWrite.ts';
import { safeStem } from '../../shared/exchange/fileName.ts';
import type { ReadableFolder } from '../../shared/hrOverview/folder.ts';
import { buildOverview, overviewCsvRows, sortRows, OVERVIEW_COLUMNS, type OverviewRow, type SortKey } from '../../shared/hrOverview/overview.ts';
import type { FileProblem } from '../../shared/hrOverview/parseFile.ts';
import type { FolderReading } from '../../shared/hrOverview/readFolder.ts';
import type { SyncProblem } from '../../shared/syncFolder.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT, type Translator } from '../i18n/i18n.ts';
import { useServices } from '../store/context.ts';
import { useSettings } from '../store/queries.ts';
import { columnLabel, OverviewTable } from './OverviewTable.tsx';
import { readOverviewFolder } from './overviewReader.ts';
import '../styles/hr.css';
import { scrollRegion } from '../components/scrollRegion.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; label: string; read: number; total: number | null }
  | { kind: 'done'; label: string; reading: FolderReading }
  | { kind: 'failed'; label: string | null; problem: SyncProblem; detail: string };

function folderProblemText(t: Translator['t'], problem: SyncProblem, detail: string): string {
  if (problem === 'unsupported') return t('hr.unsupported');
  const reason =
    problem === 'missing' ? t('hr.folderProblem.missing') : problem === 'denied' ? t('hr.folderProblem.denied') : t('hr.folderProblem.other', { detail });
  return t('hr.folderError', { reason });
}

function fileProblemText(t: Translator['t'], number: Translator['number'], problem: FileProblem): string {
  switch (problem.code) {
    case 'damaged':
      return t('hr.problem.damaged', { detail: problem.detail });
    case 'truncated':
      return t('hr.problem.truncated');
    case 'notOurs':
      return t('hr.problem.notOurs');
    case 'newerVersion':
      return t('hr.problem.newerVersion', { version: String(problem.version) });
    case 'tooLarge':
      return t('hr.problem.tooLarge', { size: number(problem.size / 1024 / 1024, 1), limit: number(problem.limit / 1024 / 1024, 0) });
    case 'unreadable':
      return t('hr.problem.unreadable', { detail: problem.detail });
  }
}

/**
 * HR's overview across units: the key figures of every analysis file in a
 * folder the user chooses (the shared sync folder, say), read without
 * importing anything, per unit, per administration and in total, with a CSV.
 * What was read lives in this view only: nothing is stored.
 */
export function HrOverviewView() {
  const { t, number } = useT();
  const { platform } = useServices();
  const { privacyThreshold } = useSettings();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [folder, setFolder] = useState<ReadableFolder | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; direction: 'ascending' | 'descending' }>({ key: 'unitName', direction: 'ascending' });
  const stop = useRef(false);
  const folders = platform.readableFolders;

  const read = async (chosen: ReadableFolder) => {
    stop.current = false;
    setState({ kind: 'reading', label: chosen.label, read: 0, total: null });
    const result = await readOverviewFolder(chosen, privacyThreshold, {
      onListed: (total) => setState({ kind: 'reading', label: chosen.label, read: 0, total }),
      onProgress: (done, total) => setState({ kind: 'reading', label: chosen.label, read: done, total }),
      stop: () => stop.current,
    });
    setState(result.ok ? { kind: 'done', label: chosen.label, reading: result.value } : { kind: 'failed', label: chosen.label, ...result });
  };

  const choose = async () => {
    const chosen = await folders.choose();
    if (!chosen.ok) {
      setState({ kind: 'failed', label: null, problem: chosen.problem, detail: chosen.detail });
      return;
    }
    if (chosen.value === null) return;
    setFolder(chosen.value);
    await read(chosen.value);
  };

  const reading = state.kind === 'done' ? state.reading : null;
  const overview = useMemo(() => (reading ? buildOverview(reading.found) : null), [reading]);
  const units = useMemo(() => (overview ? sortRows(overview.units, sort.key, sort.direction) : []), [overview, sort]);
  const adminName = (row: OverviewRow) => (row.administration === '' ? t('hr.noAdministration') : row.administration);
  const hiddenThreshold = overview
    ? Math.max(0, ...overview.units.flatMap((u) => OVERVIEW_COLUMNS.map((c) => u.cells[c])).map((c) => (c.kind === 'people' && c.hidden > 0 ? c.threshold : 0)))
    : 0;
  const anyEstimate = overview !== null && overview.total.cells.net1.kind !== 'none';

  const onSort = (key: SortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === 'ascending' ? 'descending' : key === 'unitName' || key === 'administration' ? 'ascending' : 'descending',
    }));

  const exportCsv = () => {
    if (!overview) return;
    const rows = overviewCsvRows(overview, units, {
      unitName: t('hr.col.unit'),
      administration: t('hr.col.administration'),
      organisation: t('hr.col.organisation'),
      columns: Object.fromEntries(OVERVIEW_COLUMNS.map((c) => [c, t(columnLabel(c))])) as Record<(typeof OVERVIEW_COLUMNS)[number], string>,
      noAdministration: t('hr.noAdministration'),
      allUnits: t('hr.allUnits'),
      allAdministrations: t('hr.allAdministrations'),
      fewerThan: (n) => t('hr.fewerThan', { n }),
      atLeast: (value) => t('hr.atLeast', { value }),
    });
    const day = new Date().toISOString().slice(0, 10);
    void platform.saveFile(`${safeStem(t('hr.csv.fileName'))}-${day}.csv`, new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  };

  return (
    <div className="page hr-overview">
      <div className="page__head">
        <div>
          <PageHeading focusKey="hr">{t('hr.title')}</PageHeading>
          <p className="muted">{t('hr.intro')}</p>
        </div>
        {folders.supported && (
          <div className="page__actions">
            {folder && state.kind !== 'reading' && (
              <button type="button" className="button" onClick={() => void read(folder)}>
                <RefreshCw aria-hidden size={18} />
                {t('hr.reread')}
              </button>
            )}
            <button type="button" className="button button--primary" onClick={() => void choose()} disabled={state.kind === 'reading'} data-testid="hr-choose">
              <FolderOpen aria-hidden size={20} />
              {folder ? t('hr.chooseAnother') : t('hr.choose')}
            </button>
          </div>
        )}
      </div>

      {!folders.supported && <p className="notice">{t('hr.unsupported')}</p>}
      {folders.supported && state.kind === 'idle' && <p className="empty-state">{t('hr.start')}</p>}

      {state.kind === 'reading' && (
        <section className="hr-progress" aria-labelledby="hr-progress-label" data-testid="hr-progress">
          <p id="hr-progress-label">
            {t('hr.folder', { name: state.label })} · {t('hr.reading')}
          </p>
          <progress max={state.total ?? undefined} value={state.total === null ? undefined : state.read} aria-labelledby="hr-progress-label" />
          <p role="status">{state.total === null ? t('hr.reading') : t('hr.progress', { read: state.read, total: state.total })}</p>
          <button type="button" className="button" onClick={() => (stop.current = true)}>
            {t('hr.cancel')}
          </button>
        </section>
      )}

      {state.kind === 'failed' && (
        <p className="notice" role="alert">
          {folderProblemText(t, state.problem, state.detail)}
        </p>
      )}

      {state.kind === 'done' && reading && overview && (
        <div className="hr-result" data-testid="hr-result">
          <p className="muted" role="status">
            {t('hr.folder', { name: state.label })} · {t('hr.counts', { units: overview.units.length, files: reading.read })}
            {overview.olderCopies > 0 && <> {t('hr.olderCopies', { count: overview.olderCopies })}</>}
          </p>
          {reading.stopped && <p className="notice">{t('hr.stopped', { read: reading.read, total: reading.total })}</p>}
          {reading.total === 0 && reading.problems.length === 0 && <p className="empty-state">{t('hr.empty')}</p>}
          {reading.total > 0 && overview.units.length === 0 && <p className="empty-state">{t('hr.noUnits')}</p>}

          {overview.units.length > 0 && (
            <>
              <div className="hr-result__actions">
                <button type="button" className="button" onClick={exportCsv} data-testid="hr-export">
                  <Download aria-hidden size={18} />
                  {t('hr.export')}
                </button>
              </div>
              <h2>{t('hr.perAdministration')}</h2>
              <OverviewTable
                caption={t('hr.perAdministration')}
                testId="hr-administrations"
                nameColumns={[
                  { label: t('hr.col.administration'), cell: adminName },
                  { label: t('hr.col.units'), cell: (row) => number(row.units), numeric: true },
                ]}
                rows={overview.administrations}
                total={overview.total}
                totalLabel={t('hr.total')}
              />
              <h2>{t('hr.perUnit')}</h2>
              <p className="muted">{t('hr.perUnitHint')}</p>
              <OverviewTable
                caption={t('hr.perUnit')}
                testId="hr-units"
                nameColumns={[
                  { label: t('hr.col.unit'), key: 'unitName', cell: (row) => row.unitName },
                  { label: t('hr.col.administration'), key: 'administration', cell: adminName },
                ]}
                rows={units}
                sort={{ ...sort, onSort }}
              />
              {hiddenThreshold > 0 && <p className="muted">{t('hr.hiddenNote', { n: hiddenThreshold })}</p>}
              {anyEstimate && <p className="muted">{t('hr.estimateNote')}</p>}
            </>
          )}

          {reading.problems.length > 0 && (
            <section aria-labelledby="hr-problems-title" className="hr-problems">
              <h2 id="hr-problems-title">{t('hr.problems.title', { count: reading.problems.length })}</h2>
              <div className="table-wrap" ref={scrollRegion}>
                <table className="data-table" data-testid="hr-problems">
                  <thead>
                    <tr>
                      <th scope="col">{t('hr.problems.file')}</th>
                      <th scope="col">{t('hr.problems.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {reading.problems.map((p) => (
                      <tr key={p.path}>
                        <th scope="row">{p.path}</th>
                        <td>{fileProblemText(t, number, p.problem)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
