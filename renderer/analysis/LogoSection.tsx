import { ImageUp, Trash2 } from 'lucide-react';
import { useRef, useState } from 'react';
import { HiddenFileInput } from '../components/HiddenFileInput.tsx';
import { useT, type Translator } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { useLive } from '../store/useLive.ts';
import { readLogoFile, type LogoRead } from './logoFile.ts';

const TYPE_NAME = { 'image/png': 'PNG', 'image/jpeg': 'JPEG' } as const;

/** "1,4 MB", "350 kB": sizes as people read them, rounded up so a file just over the limit never reads as the limit. */
function fileSize(bytes: number, tr: Translator): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${tr.number(Math.ceil(mb * 10) / 10, 1)} MB` : `${tr.number(Math.max(1, Math.ceil(bytes / 1024)), 0)} kB`;
}

function problemText(read: Extract<LogoRead, { ok: false }>, name: string, tr: Translator): string {
  const { problem } = read;
  switch (problem.kind) {
    case 'svg':
      return tr.t('logo.error.svg', { name });
    case 'type':
      return problem.found ? tr.t('logo.error.type', { name, found: problem.found }) : tr.t('logo.error.unknown', { name });
    case 'tooLarge':
      return tr.t('logo.error.tooLarge', { name, size: fileSize(problem.bytes, tr), limit: fileSize(problem.limit, tr) });
    case 'damaged':
      return tr.t('logo.error.damaged', { name, type: TYPE_NAME[problem.type] });
    case 'empty':
      return tr.t('logo.error.empty', { name });
    case 'read':
      return tr.t('logo.error.read', { name });
  }
}

/**
 * The organisation's logo of an analysis, for the report's cover and the
 * handout: choose a PNG or JPEG (checked by its bytes), see it, replace or
 * remove it; each change is one step to undo.
 */
export function LogoSection({ analysisId }: { analysisId: string }) {
  const translator = useT();
  const { t } = translator;
  const { repos } = useServices();
  const setLogo = useApp((s) => s.setLogo);
  const removeLogo = useApp((s) => s.removeLogo);
  const logo = useLive(() => repos.items.liveGet('logos', analysisId), [repos, analysisId]);
  const fileInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const choose = async (file: File) => {
    setReading(true);
    setError(null);
    try {
      const read = await readLogoFile(file);
      if (!read.ok) {
        setError(problemText(read, file.name, translator));
        return;
      }
      await setLogo(analysisId, read.picture, t(logo ? 'logo.history.replace' : 'logo.history.set'));
    } finally {
      setReading(false);
    }
  };

  return (
    <section className="panel logo-panel" aria-labelledby="logo-title">
      <h2 id="logo-title">{t('logo.title')}</h2>
      <p className="muted">{t('logo.body')}</p>
      {logo === undefined ? null : logo === null ? (
        <p className="empty-note">{t('logo.none')}</p>
      ) : (
        <figure className="logo-panel__figure">
          <img className="logo-panel__image" src={`data:${logo.type};base64,${logo.data}`} alt={t('logo.alt')} data-testid="logo-preview" />
          <figcaption className="muted">{t('logo.size', { width: logo.width, height: logo.height, type: TYPE_NAME[logo.type] })}</figcaption>
        </figure>
      )}
      <HiddenFileInput inputRef={fileInput} accept=".png,.jpg,.jpeg,image/png,image/jpeg" testId="logo-file" onFile={(file) => void choose(file)} />
      <div className="files">
        <button type="button" className="button" disabled={reading} onClick={() => fileInput.current?.click()}>
          <ImageUp aria-hidden size={18} />
          {reading ? t('logo.reading') : t(logo ? 'logo.replace' : 'logo.choose')}
        </button>
        {logo && (
          <button type="button" className="button" onClick={() => void removeLogo(analysisId, t('logo.history.remove'))}>
            <Trash2 aria-hidden size={18} />
            {t('logo.remove')}
          </button>
        )}
      </div>
      <p className="field__error" role="alert" data-testid="logo-error" hidden={error === null}>
        {error}
      </p>
    </section>
  );
}
