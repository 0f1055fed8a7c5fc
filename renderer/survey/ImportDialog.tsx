import { useEffect, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { buildSurvey, type CellIssue } from '../../shared/survey/build.ts';
import { guessMapping, mappingProblems, type ColumnKind, type Mapping, type Shape } from '../../shared/survey/mapping.ts';
import { reportOf } from '../../shared/survey/model.ts';
import type { RawTable } from '../../shared/survey/table.ts';
import type { TimeUnit } from '../../shared/survey/values.ts';
import { Dialog } from '../components/Dialog.tsx';
import { useT, type Translator } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { SurveyFileError, type FileReport, type SurveyFileProblem, type SurveyFileRead } from './readSurveyFile.ts';
import { roleNamed, type SurveyModel } from './useSurvey.ts';
import { quoteWarningText, surveyFileProblemText } from './fileProblems.ts';
import { PercentBasisNote } from './forms/PercentBasisNote.tsx';

const KINDS: ColumnKind[] = ['respondent', 'role', 'mission', 'task', 'taskName', 'time', 'contractHours', 'contractPercent', 'comment', 'ignored'];
const MAX_ISSUES_SHOWN = 100;

type Phase = { kind: 'reading' } | { kind: 'error'; problem: SurveyFileProblem } | { kind: 'mapping'; table: RawTable; file: FileReport; mapping: Mapping };

interface ImportDialogProps {
  analysisId: string;
  file: File;
  /** The file's reading (readSurveyFile), started when it was chosen. */
  reading: Promise<SurveyFileRead>;
  /** performance.now() when the file was chosen. */
  chosenAt: number;
  survey: SurveyModel;
  onClose: () => void;
  onChooseAnother: () => void;
}

/** A column's first few values, for the mapping table. */
function samples(table: RawTable, col: number): string {
  const seen: string[] = [];
  for (const row of table.rows) {
    const v = (row[col] ?? '').trim();
    if (v !== '' && !seen.includes(v)) seen.push(v.length > 40 ? `${v.slice(0, 39)}…` : v);
    if (seen.length === 3) break;
  }
  return seen.join(' · ');
}

/**
 * Reads a survey file, shows what was found and the column guesses, lets the
 * user correct them, previews the result with every cell that cannot be used,
 * and only then stores the answers, in one transaction.
 */
export function ImportDialog({ analysisId, file, reading, chosenAt, survey, onClose, onChooseAnother }: ImportDialogProps) {
  const translator = useT();
  const { t, plural, hours } = translator;
  const { repos } = useServices();
  const importSurvey = useApp((s) => s.importSurvey);
  const pushToast = useApp((s) => s.pushToast);
  const [phase, setPhase] = useState<Phase>({ kind: 'reading' });
  const [importId] = useState(() => crypto.randomUUID());
  const [replaces, setReplaces] = useState<{ keys: string; count: number } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    reading.then(
      ({ table, report }) => live && setPhase({ kind: 'mapping', table, file: report, mapping: guessMapping(table) }),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof SurveyFileError) setPhase({ kind: 'error', problem: error.problem });
        else setPhase({ kind: 'error', problem: { code: 'unreadable', detail: String(error) } });
      },
    );
    return () => {
      live = false;
    };
  }, [reading]);

  const fullTime = (role: string) => roleNamed(survey.roles, role)?.fullTimeHours ?? survey.settings.defaultFullTimeHours;
  const mapping = phase.kind === 'mapping' ? phase.mapping : null;
  const table = phase.kind === 'mapping' ? phase.table : null;
  const built = useMemo(() => (table && mapping ? buildSurvey(table, mapping, fullTime) : null), [table, mapping, survey.roles, survey.settings]); // eslint-disable-line react-hooks/exhaustive-deps -- fullTime reads exactly these
  const problems = mapping ? mappingProblems(mapping) : [];
  const fileReport = phase.kind === 'mapping' ? phase.file : null;
  const report = useMemo(
    () =>
      fileReport && table && mapping && built
        ? reportOf(
            { kind: fileReport.kind, encoding: fileReport.encoding ?? null, delimiter: fileReport.delimiter ?? null },
            table,
            mapping,
            built.issues.length,
          )
        : null,
    [fileReport, table, mapping, built],
  );
  // Each column's samples, read once per table and mapping, not on every render (a column of one repeated value is read to its end).
  const columnSamples = useMemo(
    () => (table && mapping ? table.header.map((_, i) => (mapping.columns[i]?.ignoredBecause === 'personal' ? '' : samples(table, i))) : []),
    [table, mapping],
  );
  const keys = built ? built.respondents.map((r) => r.key).join('\n') : '';

  useEffect(() => {
    if (!built || keys === '') return;
    let live = true;
    void repos.survey
      .alreadyStored(
        analysisId,
        survey.round,
        importId,
        built.respondents.map((r) => r.key),
      )
      .then((count) => live && setReplaces({ keys, count }));
    return () => {
      live = false;
    };
  }, [keys, built, repos, analysisId, importId, survey.round]);

  // Read by `npm run bench`: from the file chosen to its preview on screen (once per file).
  const previewed = phase.kind === 'mapping';
  useEffect(() => {
    if (!previewed) return;
    const frame = requestAnimationFrame(() => performance.measure('akr:import-preview', { start: chosenAt, end: performance.now() }));
    return () => cancelAnimationFrame(frame);
  }, [previewed, chosenAt]);

  const setMapping = (next: Mapping) => phase.kind === 'mapping' && setPhase({ ...phase, mapping: next });
  const setColumn = (i: number, kind: ColumnKind) => {
    if (!mapping || !table) return;
    const columns = mapping.columns.map((c, j) => {
      if (j !== i) return c;
      if (kind === 'task') return { kind, title: c.title ?? table.header[i] ?? '' };
      if (kind === 'ignored') return { kind, ignoredBecause: 'chosen' as const };
      return { kind };
    });
    setMapping({ ...mapping, columns });
  };

  const confirm = async () => {
    if (!built || !report) return;
    setBusy(true);
    try {
      await importSurvey({ id: importId, analysisId, fileName: file.name, report, respondents: built.respondents, tasks: built.tasks, round: survey.round });
      pushToast({ message: t('import.done', { count: built.respondents.length, file: file.name }) });
      onClose();
    } catch {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('import.title')} isOpen onClose={onClose} wide>
      {phase.kind === 'reading' && (
        <p role="status" className="import__reading">
          <span className="spinner" aria-hidden />
          {t('import.reading', { file: file.name })}
        </p>
      )}
      {phase.kind === 'error' && (
        <>
          <p role="alert" className="field__error">
            {surveyFileProblemText(translator, phase.problem, file.name)}
          </p>
          <div className="dialog__actions">
            <Button className="button" onPress={onClose}>
              {t('common.cancel')}
            </Button>
            <Button className="button button--primary" onPress={onChooseAnother}>
              {t('import.chooseAnother')}
            </Button>
          </div>
        </>
      )}
      {phase.kind === 'mapping' && mapping && table && built && (
        <div className="import">
          <section aria-labelledby="import-report">
            <h3 id="import-report">{t('import.report')}</h3>
            {report && <ReportList t={translator} fileName={file.name} report={report} />}
            {fileReport?.brokenQuotes && <p className="notice">{quoteWarningText(translator, fileReport.brokenQuotes)}</p>}
          </section>

          <section aria-labelledby="import-mapping">
            <h3 id="import-mapping">{t('import.mapping')}</h3>
            <p className="muted">{t('import.mapping.hint')}</p>
            <div className="import__choices">
              <div className="field">
                <label className="field__label" htmlFor="import-shape">
                  {t('import.shape')}
                </label>
                <select id="import-shape" className="input" value={mapping.shape} onChange={(e) => setMapping({ ...mapping, shape: e.target.value as Shape })}>
                  <option value="wide">{t('import.shape.wide')}</option>
                  <option value="long">{t('import.shape.long')}</option>
                </select>
              </div>
              <div className="field">
                <label className="field__label" htmlFor="import-unit">
                  {t('import.unit')}
                </label>
                <select id="import-unit" className="input" value={mapping.unit} onChange={(e) => setMapping({ ...mapping, unit: e.target.value as TimeUnit })}>
                  <option value="hours">{t('import.unit.hours')}</option>
                  <option value="percent">{t('import.unit.percent')}</option>
                </select>
              </div>
            </div>
            <div className="table-wrap import__columns">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('import.column')}</th>
                    <th scope="col">{t('import.sample')}</th>
                    <th scope="col">{t('import.use')}</th>
                  </tr>
                </thead>
                <tbody>
                  {table.header.map((header, i) => {
                    const column = mapping.columns[i] ?? { kind: 'ignored' as const };
                    const personal = column.ignoredBecause === 'personal';
                    return (
                      <tr key={i}>
                        <th scope="row">{header || `#${i + 1}`}</th>
                        <td className="muted">{columnSamples[i]}</td>
                        <td>
                          {personal ? (
                            <span>
                              {t('import.kind.ignored')} <span className="muted">– {t('import.personal')}</span>
                            </span>
                          ) : (
                            <select
                              className="input"
                              aria-label={`${t('import.use')}: ${header || `#${i + 1}`}`}
                              value={column.kind}
                              onChange={(e) => setColumn(i, e.target.value as ColumnKind)}
                            >
                              {KINDS.filter((k) => (mapping.shape === 'wide' ? k !== 'taskName' && k !== 'time' : k !== 'task')).map((k) => (
                                <option key={k} value={k}>
                                  {t(`import.kind.${k}`)}
                                </option>
                              ))}
                              {/* A kind that does not fit the shape stays visible until it is changed. */}
                              {(mapping.shape === 'wide' ? ['taskName', 'time'] : ['task']).includes(column.kind) && (
                                <option value={column.kind}>{t(`import.kind.${column.kind}`)}</option>
                              )}
                            </select>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="import-preview" aria-live="polite">
            <h3 id="import-preview">{t('import.preview')}</h3>
            {problems.length > 0 ? (
              <ul className="import__problems" role="alert">
                {problems.map((p) => (
                  <li key={p} className="field__error">
                    {t(`import.problem.${p}`)}
                  </li>
                ))}
              </ul>
            ) : (
              <Preview
                t={translator}
                built={built}
                replaces={replaces?.keys === keys ? replaces.count : 0}
                frozen={survey.state?.frozen != null}
                hoursText={hours}
              />
            )}
          </section>

          <div className="dialog__actions">
            <Button className="button" onPress={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              className="button button--primary"
              isDisabled={busy || problems.length > 0 || built.respondents.length === 0}
              onPress={() => void confirm()}
            >
              {built.issues.length > 0 ? t('import.confirmSkipping') : plural('import.confirm', built.respondents.length)}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

function ReportList({ t: translator, fileName, report }: { t: Translator; fileName: string; report: ReturnType<typeof reportOf> }) {
  const { t } = translator;
  const delimiter = report.delimiter === ';' ? 'semicolon' : report.delimiter === ',' ? 'comma' : report.delimiter === '\t' ? 'tab' : null;
  const encoding = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 (BOM)', 'utf-16': 'UTF-16', 'windows-1252': 'Windows-1252' } as const;
  return (
    <ul className="import__report">
      <li>
        {t('import.report.file', { name: fileName })} ({t(`import.report.kind.${report.kind}`)})
      </li>
      {report.encoding && <li>{t('import.report.encoding', { encoding: encoding[report.encoding] })}</li>}
      {delimiter && <li>{t('import.report.delimiter', { delimiter: t(`import.report.delimiter.${delimiter}`) })}</li>}
      <li>{t('import.report.decimal', { mark: t(`import.report.decimal.${report.decimalMark}`) })}</li>
      <li>{t('import.report.shape', { shape: t(`import.shape.${report.shape}`) })}</li>
      <li>{t('import.report.unit', { unit: t(`import.unit.${report.unit}`) })}</li>
      <li>
        {report.ignored.length > 0
          ? t('import.report.ignored', { columns: report.ignored.map((c) => c.column || '–').join(', ') })
          : t('import.report.noneIgnored')}
      </li>
    </ul>
  );
}

interface PreviewProps {
  t: Translator;
  built: NonNullable<ReturnType<typeof buildSurvey>>;
  replaces: number;
  frozen: boolean;
  hoursText: (h: number) => string;
}

function Preview({ t: translator, built, replaces, frozen, hoursText }: PreviewProps) {
  const { t, plural } = translator;
  if (built.respondents.length === 0) return <p className="field__error">{t('import.nothing')}</p>;
  const counts = new Map<string, number>();
  for (const r of built.respondents) counts.set(r.role, (counts.get(r.role) ?? 0) + 1);
  const perRole = built.roles.map((role) => ({ role, count: counts.get(role) ?? 0 }));
  const why = (issue: CellIssue) => t(`import.issue.${issue.problem}`);
  return (
    <>
      <p>
        {t('import.summary', {
          respondents: plural('import.summaryRespondents', built.respondents.length),
          roles: built.roles.length,
          tasks: built.tasks.length,
        })}
      </p>
      <p>{t('import.rolesFound', { roles: perRole.map((r) => t('import.roleCount', r)).join(', ') })}</p>
      <PercentBasisNote basis={built.percentBasis} />
      {replaces > 0 && <p className="notice">{plural('import.replaces', replaces)}</p>}
      {frozen && <p className="notice">{t('import.replacesFrozen')}</p>}
      {built.issues.length > 0 && (
        <div className="import__issues">
          <p className="field__error">{plural('import.issues', built.issues.length)}</p>
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('import.issue.row')}</th>
                  <th scope="col">{t('import.issue.column')}</th>
                  <th scope="col">{t('import.issue.value')}</th>
                  <th scope="col">{t('import.issue.why')}</th>
                </tr>
              </thead>
              <tbody>
                {built.issues.slice(0, MAX_ISSUES_SHOWN).map((issue, i) => (
                  <tr key={i}>
                    <td>{issue.line}</td>
                    <td>{issue.column}</td>
                    <td>{issue.value === '' ? <span className="muted">{t('import.issue.blank')}</span> : issue.value}</td>
                    <td>{why(issue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {built.issues.length > MAX_ISSUES_SHOWN && <p className="muted">{t('import.issuesMore', { count: built.issues.length - MAX_ISSUES_SHOWN })}</p>}
        </div>
      )}
      {built.overFull.length > 0 && (
        <div className="notice">
          <p>{plural('import.overFull', built.overFull.length)}</p>
          <ul>
            {built.overFull.slice(0, MAX_ISSUES_SHOWN).map((o) => (
              <li key={o.key}>{t('import.overFullLine', { line: o.line, role: o.role, total: hoursText(o.total), limit: hoursText(o.limit) })}</li>
            ))}
          </ul>
          {built.overFull.length > MAX_ISSUES_SHOWN && <p className="muted">{t('import.issuesMore', { count: built.overFull.length - MAX_ISSUES_SHOWN })}</p>}
        </div>
      )}
    </>
  );
}
