import { ClipboardList, Download, LayoutGrid, Monitor, Trash2, Upload } from 'lucide-react';
import { HiddenFileInput } from '../components/HiddenFileInput.tsx';
import { Hyphenated } from '../components/Hyphenated.tsx';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { RadioGroup, Label } from 'react-aria-components';
import { SegmentedOption } from '../components/SegmentedOption.tsx';
import { toCsv } from '../../shared/csvWrite.ts';
import { safeStem } from '../../shared/exchange/fileName.ts';
import { resultsCsvRows } from '../../shared/survey/export.ts';
import type { RoleResult } from '../../shared/survey/results.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { roleNamed, useSurvey, type SurveyModel } from './useSurvey.ts';
import { useAnalysis } from '../store/queries.ts';
import { SurveyTasks } from './tasks/SurveyTasks.tsx';
import { ResponseTracking } from './tasks/ResponseTracking.tsx';
import { SurveyQuestionsPanel } from './forms/SurveyQuestionsPanel.tsx';
import { PercentBasisNote } from './forms/PercentBasisNote.tsx';
import type { SurveyFileRead } from './readSurveyFile.ts';
import { SurveyRounds } from './SurveyRounds.tsx';
import { firstRoundOf } from '../../shared/survey/rounds.ts';

const loadImportDialog = () => import('./ImportDialog.tsx');
const ImportDialog = lazy(() => loadImportDialog().then((m) => ({ default: m.ImportDialog })));
const SeedDialog = lazy(() => import('./SeedDialog.tsx').then((m) => ({ default: m.SeedDialog })));
const StartKioskDialog = lazy(() => import('../kiosk/StartKioskDialog.tsx').then((m) => ({ default: m.StartKioskDialog })));
const PaperSection = lazy(() => import('./paper/PaperSection.tsx').then((m) => ({ default: m.PaperSection })));

/** Step 2–3: import the staff survey, show its results per role for workshop 1, and fill the board. */
export function SurveyView({ analysisId }: { analysisId: string }) {
  const { t, date, plural } = useT();
  const { platform } = useServices();
  const deleteSurveyResponses = useApp((s) => s.deleteSurveyResponses);
  const pushToast = useApp((s) => s.pushToast);
  const unitName = useAnalysis(analysisId)?.unitName ?? '';
  const survey = useSurvey(analysisId, t('survey.others'));
  const input = useRef<HTMLInputElement>(null);
  // The file being imported, when it was chosen, and its reading.
  const [picked, setPicked] = useState<{ file: File; at: number; reading: Promise<SurveyFileRead> } | null>(null);
  const pick = (file: File) => {
    const at = performance.now();
    // Read from the moment it is chosen, while the dialog opens (the dialog reports how it went).
    const reading = import('./readSurveyFile.ts').then((m) => m.readSurveyFile(file));
    reading.catch(() => undefined);
    setPicked({ file, at, reading });
  };
  const [seeding, setSeeding] = useState(false);
  const [startingKiosk, setStartingKiosk] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [dragOver, setDragOver] = useState(false);
  // The importer's code is fetched while the user looks for the file, not after it is chosen.
  useEffect(() => {
    const idle = requestIdleCallback(() => void loadImportDialog());
    return () => cancelIdleCallback(idle);
  }, []);

  if (!survey) return <p className="muted">{t('common.loading')}</p>;
  const hasResults = survey.respondents.length > 0 || survey.state?.frozen != null;
  const choose = () => input.current?.click();
  // The board's hours are the first round's: a follow-up round never fills it.
  const inFirstRound = survey.round === firstRoundOf(survey.state);
  // The results as the view shows them (small roles merged or hidden); never anyone's own answers.
  const exportCsv = async () => {
    const rows = resultsCsvRows(survey.results, {
      role: t('survey.csv.role'),
      task: t('survey.table.task'),
      respondents: t('survey.csv.respondents'),
      doing: t('survey.table.doing'),
      mean: t('survey.csv.mean'),
      median: t('survey.csv.median'),
      team: t('survey.csv.team'),
      total: t('survey.csv.total'),
    });
    const name = `${safeStem(unitName)}-${t('survey.csv.fileSuffix')}.csv`;
    await platform.saveFile(name, new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  };

  return (
    <div
      className={`survey${dragOver ? ' survey--drop' : ''}`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragOver(true);
      }}
      onDragLeave={() => setDragOver(false)}
      onDrop={(e) => {
        const dropped = e.dataTransfer.files[0];
        setDragOver(false);
        if (!dropped) return;
        e.preventDefault();
        pick(dropped);
      }}
    >
      <p>{t('survey.intro')}</p>
      <SurveyRounds analysisId={analysisId} survey={survey} />
      <SurveyTasks analysisId={analysisId} survey={survey} />
      <ResponseTracking analysisId={analysisId} survey={survey} />
      <HiddenFileInput
        inputRef={input}
        accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        testId="survey-file"
        onFile={pick}
      />
      <div className="survey__actions">
        <button type="button" className={`button${hasResults ? '' : ' button--primary'}`} onClick={choose}>
          <Upload aria-hidden size={18} />
          {hasResults ? t('survey.importAnother') : t('survey.import')}
        </button>
        <button type="button" className="button" onClick={() => setStartingKiosk(true)}>
          <Monitor aria-hidden size={18} />
          {t('kiosk.start')}
        </button>
        {startingKiosk && (
          <Suspense fallback={null}>
            <StartKioskDialog analysisId={analysisId} onClose={() => setStartingKiosk(false)} />
          </Suspense>
        )}
        {hasResults && (
          <>
            <button
              type="button"
              className="button button--primary"
              onClick={() => setSeeding(true)}
              disabled={!survey.perRole || !inFirstRound}
              aria-describedby={inFirstRound ? undefined : 'survey-seed-first'}
            >
              <LayoutGrid aria-hidden size={18} />
              {t('survey.seed')}
            </button>
            {!inFirstRound && (
              <span id="survey-seed-first" className="muted">
                {t('rounds.seedFirstOnly')}
              </span>
            )}
            <button type="button" className="button" onClick={() => void exportCsv()}>
              <Download aria-hidden size={18} />
              {t('survey.exportCsv')}
            </button>
            {survey.respondents.length > 0 && (
              <button type="button" className="button button--danger-outline" onClick={() => setConfirmDelete(true)}>
                <Trash2 aria-hidden size={18} />
                {t('survey.deleteAnswers')}
              </button>
            )}
          </>
        )}
      </div>
      <SurveyQuestionsPanel analysisId={analysisId} survey={survey} startOpen={!hasResults} />

      {!hasResults ? (
        <div className="empty-state">
          <ClipboardList aria-hidden size={40} />
          <h3>{t('survey.empty.title')}</h3>
          <p>{t('survey.empty.body')}</p>
          <p className="muted">
            {t('survey.formats')} {t('survey.dropHere')}
          </p>
        </div>
      ) : (
        <Results survey={survey} analysisId={analysisId} />
      )}

      {survey.imports.length > 0 && (
        <section className="survey__imports" aria-labelledby="survey-imports">
          <h3 id="survey-imports">{t('survey.imports')}</h3>
          <ul>
            {survey.imports.map((i) => (
              <li key={i.id}>
                {t('survey.importLine', { file: i.fileName, date: date(i.importedAt), respondents: plural('survey.respondents', i.respondents) })}
                {i.replaced > 0 && t('survey.importReplaced', { count: i.replaced })}
              </li>
            ))}
          </ul>
        </section>
      )}

      <Suspense fallback={null}>
        <PaperSection analysisId={analysisId} survey={survey} />
      </Suspense>

      <Suspense fallback={null}>
        {picked && (
          <ImportDialog
            key={picked.at}
            analysisId={analysisId}
            file={picked.file}
            reading={picked.reading}
            chosenAt={picked.at}
            survey={survey}
            onClose={() => setPicked(null)}
            onChooseAnother={() => {
              setPicked(null);
              choose();
            }}
          />
        )}
        {seeding && <SeedDialog analysisId={analysisId} survey={survey} onClose={() => setSeeding(false)} />}
      </Suspense>
      <ConfirmDialog
        isOpen={confirmDelete}
        title={t('survey.deleteAnswers.title')}
        body={t('survey.deleteAnswers.body')}
        confirmLabel={t('survey.deleteAnswers')}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() => {
          void deleteSurveyResponses(analysisId, { results: survey.results, threshold: survey.settings.privacyThreshold }).then(() =>
            pushToast({ message: t('survey.deleteAnswers.done') }),
          );
        }}
      />
    </div>
  );
}

function Results({ survey, analysisId }: { survey: SurveyModel; analysisId: string }) {
  const { t, date } = useT();
  const setSurveySmallRoles = useApp((s) => s.setSurveySmallRoles);
  const threshold = survey.state?.frozen?.threshold ?? survey.settings.privacyThreshold;
  // Merged into a group, or hidden: either way the choice between the two is offered.
  const smallExists = survey.results.hidden.length > 0 || survey.results.roles.some((r) => r.roles.length !== 1 || r.roles[0] !== r.name);
  // The analysis's roles nobody in the survey answered for (frozen results still name every role that answered).
  const answered = [...survey.roleOrder, ...survey.results.hidden, ...survey.results.roles.flatMap((r) => r.roles)];
  const silent = survey.roles.filter((role) => !answered.some((name) => roleNamed([role], name))).map((role) => role.name);
  return (
    <section aria-labelledby="survey-results">
      <h3 id="survey-results">{t('survey.results')}</h3>
      {survey.state?.frozen && <p className="notice">{t('survey.frozen', { date: date(survey.state.frozen.at) })}</p>}
      <PercentBasisNote basis={survey.percentBasis} />
      {smallExists && !survey.state?.frozen && (
        <div className="survey__privacy">
          <RadioGroup
            className="segmented"
            value={survey.state?.smallRoles ?? 'merge'}
            onChange={(v) => void setSurveySmallRoles(analysisId, v === 'hide' ? 'hide' : 'merge')}
          >
            <Label className="field__label">{t('survey.privacy.title')}</Label>
            <p className="muted">{t('survey.privacy.body', { count: threshold })}</p>
            <div className="segmented__options">
              <SegmentedOption value="merge">{t('survey.privacy.merge')}</SegmentedOption>
              <SegmentedOption value="hide">{t('survey.privacy.hide')}</SegmentedOption>
            </div>
          </RadioGroup>
        </div>
      )}
      {survey.results.hidden.length > 0 && <p className="muted">{t('survey.privacy.hidden', { count: threshold, roles: survey.results.hidden.join(', ') })}</p>}
      {survey.results.roles.map((role) => (
        <RoleResults key={role.name} role={role} otherName={t('survey.others')} />
      ))}
      {silent.length > 0 && (
        <p className="muted" data-testid="survey-no-answers">
          {t('survey.noAnswers', { roles: silent.join(', ') })}
        </p>
      )}
    </section>
  );
}

/**
 * One role's results. What the room reads (the figures and the bars) is
 * rounded to the half hour; the table, where the facilitator checks the
 * figures, and the CSV keep the exact values.
 */
function RoleResults({ role, otherName }: { role: RoleResult; otherName: string }) {
  const { t, plural, hours, roundHours, number } = useT();
  const [asTable, setAsTable] = useState(false);
  const id = `survey-role-${role.name.replace(/\W+/g, '-')}`;
  const tasks = role.tasks.filter((x) => x.team > 0).sort((a, b) => b.team - a.team);
  const max = tasks.reduce((most, x) => Math.max(most, x.team), 0);
  const name = role.name === otherName && role.roles.length > 0 ? t('survey.othersOf', { roles: role.roles.join(', ') }) : role.name;
  return (
    <section className="survey-role" aria-labelledby={id}>
      <h4 id={id} className="survey-role__name">
        {name}{' '}
        <span className="survey-role__count">
          {role.headcount
            ? t('survey.responseRate', { respondents: role.respondents, headcount: role.headcount })
            : plural('survey.respondents', role.respondents)}
        </span>
      </h4>
      <p className="survey-role__figures">
        <strong>{t('survey.teamHours', { hours: roundHours(role.team) })}</strong>{' '}
        <span className="muted">({role.headcount ? t('survey.teamBasis.headcount', { count: role.headcount }) : t('survey.teamBasis.sum')})</span>
        <br />
        {t('survey.perPerson', { min: roundHours(role.perPerson.min), max: roundHours(role.perPerson.max), median: roundHours(role.perPerson.median) })}
      </p>
      {tasks.length === 0 ? (
        <p className="muted">{t('survey.noTasks')}</p>
      ) : (
        <>
          {/* The bars repeat the table below, which is what screen readers read. */}
          <div className="bars" aria-hidden>
            {tasks.map((x) => (
              <div key={x.task} className="bars__row">
                <span className="bars__label">
                  <Hyphenated text={x.task} />
                </span>
                <span className="bars__track">
                  <span className="bars__bar" style={{ width: `calc((100% - 6rem) * ${x.team / max})` }} />
                  <span className="bars__value">{roundHours(x.team)}</span>
                </span>
              </div>
            ))}
          </div>
          <button type="button" className="button button--small button--quiet" aria-expanded={asTable} onClick={() => setAsTable(!asTable)}>
            {t('survey.showTable')}
          </button>
          <div className={asTable ? 'table-wrap' : 'visually-hidden'}>
            <table className="data-table">
              <caption>{t('survey.chartLabel', { role: name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('survey.table.task')}</th>
                  <th scope="col">{t('survey.table.doing')}</th>
                  <th scope="col">{t('survey.table.mean')}</th>
                  <th scope="col">{t('survey.table.median')}</th>
                  <th scope="col">{t('survey.table.team')}</th>
                </tr>
              </thead>
              <tbody>
                {tasks.map((x) => (
                  <tr key={x.task}>
                    <th scope="row" className="hyphenated">
                      <Hyphenated text={x.task} />
                    </th>
                    <td>{number(x.doing)}</td>
                    <td>{hours(x.mean)}</td>
                    <td>{hours(x.median)}</td>
                    <td>{hours(x.team)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h5 className="survey-role__missions-title">{t('survey.missions')}</h5>
      {role.missions.length === 0 ? (
        <p className="muted">{t('survey.noMissions')}</p>
      ) : (
        <ul className="survey-role__missions">
          {role.missions.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
