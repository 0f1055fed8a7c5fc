import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import type { Change } from '../../shared/changes.ts';
import { applySwotImport, planSwotImport, QUADRANTS, type Quadrant, type SwotImportPlan, type SwotNote } from '../../shared/swot.ts';
import { Dialog } from '../components/Dialog.tsx';
import { useT } from '../i18n/i18n.ts';
import { readSurveyFile, SurveyFileError, type SurveyFileProblem } from '../survey/readSurveyFile.ts';
import { quoteWarningText, surveyFileProblemText } from '../survey/fileProblems.ts';
import type { BrokenQuotes } from '../../shared/survey/csv.ts';

interface Props {
  file: File;
  analysisId: string;
  notes: SwotNote[];
  onImport: (changes: Change[], count: number) => void;
  onClose: () => void;
}

/**
 * The SWOT survey: read the file, show the notes it makes (identical answers
 * merged with a count) and the answers with an unknown category, which the
 * user places or skips. Nothing changes until "Lägg till".
 */
export function SwotImportDialog({ file, analysisId, notes, onImport, onClose }: Props) {
  const translator = useT();
  const { t, plural } = translator;
  const [plan, setPlan] = useState<SwotImportPlan | null>(null);
  const [problem, setProblem] = useState<SurveyFileProblem | null>(null);
  const [brokenQuotes, setBrokenQuotes] = useState<BrokenQuotes | undefined>(undefined);
  const [assigned, setAssigned] = useState<Record<number, Quadrant | 'skip'>>({});

  useEffect(() => {
    let live = true;
    readSurveyFile(file).then(
      ({ table, report }) => {
        if (!live) return;
        setBrokenQuotes(report.brokenQuotes);
        setPlan(planSwotImport(table));
      },
      (error: unknown) => live && setProblem(error instanceof SurveyFileError ? error.problem : { code: 'unreadable', detail: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [file]);

  const extra = plan
    ? plan.unknown.flatMap((u) => {
        const q = assigned[u.line];
        return q && q !== 'skip' ? [{ quadrant: q, text: u.text, count: 1 }] : [];
      })
    : [];
  const incoming = plan ? [...plan.notes, ...extra] : [];
  const answers = plan ? plan.notes.reduce((s, n) => s + n.count, 0) + extra.length : 0;

  return (
    <Dialog title={t('swot.importTitle')} isOpen onClose={onClose} wide>
      {!plan && !problem && (
        <p role="status">
          <span className="spinner" aria-hidden />
          {t('import.reading', { file: file.name })}
        </p>
      )}
      {problem && (
        <p role="alert" className="field__error">
          {surveyFileProblemText(translator, problem, file.name)}
        </p>
      )}
      {plan && (
        <div className="swot-import" aria-live="polite">
          {brokenQuotes && <p className="notice">{quoteWarningText(translator, brokenQuotes)}</p>}
          {plan.notes.length === 0 && plan.unknown.length === 0 ? (
            <p role="alert" className="field__error">
              {t('swot.importNothing')}
            </p>
          ) : (
            <>
              <p>
                {t('swot.importSummary', { notes: incoming.length, answers })} {t('swot.importMerged')}
              </p>
              {plan.notes.length === 0 && <p className="field__error">{t('swot.importOnlyUnknown')}</p>}
              <div className="swot-import__quadrants">
                {QUADRANTS.map((q) => {
                  const list = incoming.filter((n) => n.quadrant === q);
                  return (
                    <section key={q} aria-label={t(`swot.quadrant.${q}`)}>
                      <h3>
                        {t(`swot.quadrant.${q}`)} ({list.length})
                      </h3>
                      <ul>
                        {list.map((n, i) => (
                          <li key={i}>
                            {n.text}
                            {n.count > 1 && <span className="muted"> – {t('swot.count', { count: n.count })}</span>}
                          </li>
                        ))}
                      </ul>
                    </section>
                  );
                })}
              </div>
              {plan.unknown.length > 0 && (
                <div className="notice">
                  <p>{t('swot.importUnknown')}</p>
                  <ul className="swot-import__unknown">
                    {plan.unknown.map((u) => (
                      <li key={u.line}>
                        <span>
                          {t('import.issue.row')} {u.line}: <em>{u.category || t('import.issue.blank')}</em> – {u.text}
                        </span>
                        <select
                          className="input"
                          aria-label={t('swot.importAssign', { line: u.line })}
                          value={assigned[u.line] ?? 'skip'}
                          onChange={(e) => setAssigned({ ...assigned, [u.line]: e.target.value as Quadrant | 'skip' })}
                        >
                          <option value="skip">{t('swot.importSkip')}</option>
                          {QUADRANTS.map((q) => (
                            <option key={q} value={q}>
                              {t(`swot.quadrant.${q}`)}
                            </option>
                          ))}
                        </select>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </>
          )}
        </div>
      )}
      <div className="dialog__actions">
        <Button className="button" onPress={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          className="button button--primary"
          isDisabled={incoming.length === 0}
          onPress={() => {
            onImport(
              applySwotImport(notes, analysisId, incoming, () => crypto.randomUUID(), new Date().toISOString()),
              incoming.length,
            );
            onClose();
          }}
        >
          {plural('swot.importConfirm', incoming.length)}
        </Button>
      </div>
    </Dialog>
  );
}
