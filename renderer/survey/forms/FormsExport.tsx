import { ClipboardCopy, Download, FileSpreadsheet, FileText } from 'lucide-react';
import { useId, useMemo, useRef, useState } from 'react';
import { safeStem } from '../../../shared/exchange/fileName.ts';
import type { SurveyQuestions } from '../../../shared/survey/answers.ts';
import { formsQuestions, templateHeader } from '../../../shared/survey/formsList.ts';
import { surveyTaskList } from '../../../shared/survey/tasks.ts';
import { useT } from '../../i18n/i18n.ts';
import { useApp, useServices } from '../../store/context.ts';
import { useAnalysis } from '../../store/queries.ts';
import { useLive } from '../../store/useLive.ts';
import type { SurveyModel } from '../useSurvey.ts';
import { templateCsv, templateXlsx } from './answerTemplate.ts';
import { formsListText, formsTitles } from './formsText.ts';

/**
 * Path 1, the organisation's own survey tool: the question list to paste into
 * Microsoft Forms (shown, copied or saved as text) and the answer template as
 * CSV and Excel, all titled so the import maps every column by itself.
 */
export function FormsExport({ analysisId, survey, questions }: { analysisId: string; survey: SurveyModel; questions: SurveyQuestions }) {
  const translator = useT();
  const { t, plural } = translator;
  const { repos, platform } = useServices();
  const pushToast = useApp((s) => s.pushToast);
  const unitName = useAnalysis(analysisId)?.unitName ?? '';
  const board = useLive(() => repos.board.live(analysisId), [repos, analysisId]);
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const listId = useId();

  const titles = useMemo(() => formsTitles(t), [t]);
  const list = useMemo(() => (board ? formsQuestions(surveyTaskList(board), board.roles, questions, titles) : []), [board, questions, titles]);
  const text = useMemo(
    () => formsListText(list, { unitName, questions, threshold: survey.settings.privacyThreshold }, translator),
    [list, unitName, questions, survey.settings.privacyThreshold, translator],
  );
  if (!board) return null;
  const taskCount = list.filter((q) => q.kind === 'number' && q.task).length;
  const stem = safeStem(unitName);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      pushToast({ message: t('forms.ms.copied') });
    } catch {
      // A browser may refuse the clipboard: show the text selected, ready for Ctrl+C.
      setShown(true);
      requestAnimationFrame(() => textRef.current?.select());
      pushToast({ message: t('forms.ms.copyFailed') });
    }
  };
  const save = async (name: string, blob: () => Promise<Blob> | Blob) => {
    setBusy(true);
    try {
      await platform.saveFile(name, await blob());
    } catch (error) {
      pushToast({ message: t('forms.ms.templateFailed', { error: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };
  const header = templateHeader(list, titles);

  return (
    <section className="survey-forms" aria-labelledby={`${listId}-title`}>
      <h4 id={`${listId}-title`}>{t('forms.ms.title')}</h4>
      <p className="muted">{t('forms.ms.intro')}</p>
      {board.roles.length === 0 && <p className="notice">{t('forms.ms.noRoles')}</p>}
      {taskCount === 0 && <p className="notice">{t('forms.ms.noTasks')}</p>}
      <p data-testid="forms-summary">{plural('forms.ms.summary', list.length, { tasks: taskCount })}</p>
      <div className="survey__actions">
        <button type="button" className="button" aria-expanded={shown} aria-controls={listId} onClick={() => setShown(!shown)}>
          <FileText aria-hidden size={18} />
          {shown ? t('forms.ms.hide') : t('forms.ms.show')}
        </button>
        <button type="button" className="button" onClick={() => void copy()}>
          <ClipboardCopy aria-hidden size={18} />
          {t('forms.ms.copy')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void save(`${stem}-${t('forms.file.list')}.txt`, () => new Blob(['\uFEFF', text], { type: 'text/plain;charset=utf-8' }))}
        >
          <Download aria-hidden size={18} />
          {t('forms.ms.download')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void save(`${stem}-${t('forms.file.template')}.csv`, () => templateCsv(header))}
        >
          <Download aria-hidden size={18} />
          {t('forms.ms.templateCsv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void save(`${stem}-${t('forms.file.template')}.xlsx`, () => templateXlsx(header, t('forms.sheet')))}
        >
          <FileSpreadsheet aria-hidden size={18} />
          {t('forms.ms.templateXlsx')}
        </button>
      </div>
      <div id={listId} hidden={!shown}>
        <label className="field__label" htmlFor={`${listId}-text`}>
          {t('forms.ms.listLabel')}
        </label>
        <textarea
          ref={textRef}
          id={`${listId}-text`}
          className="input input--multiline survey-forms__list"
          readOnly
          rows={16}
          value={text}
          data-testid="forms-list"
        />
      </div>
    </section>
  );
}
