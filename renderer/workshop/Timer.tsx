import { Pause, Play, RotateCcw } from 'lucide-react';
import { memo, useEffect, useState } from 'react';
import { isRunning, newTimer, pauseTimer, resetTimer, setTimerMinutes, startTimer, timeLeft, type Timer as TimerData } from '../../shared/workshop.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { useLive } from '../store/useLive.ts';

function mmss(ms: number): string {
  const total = Math.ceil(ms / 1000);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * The countdown for the current timebox. It stores its end time, so a reload
 * (or the projector window) shows the same time left. At zero it says so,
 * calmly: no sound.
 */
export const Timer = memo(function Timer({ analysisId, compact = false }: { analysisId: string; compact?: boolean }) {
  const { t } = useT();
  const { repos } = useServices();
  const saveTimer = useApp((s) => s.saveTimer);
  const stored = useLive(() => repos.board.liveTimer(analysisId), [repos, analysisId]);
  const timer: TimerData = stored ?? newTimer(analysisId, new Date().toISOString());
  const running = isRunning(timer);
  const [now, setNow] = useState(() => Date.now());
  const [minutes, setMinutes] = useState<string | null>(null);

  // A running timer ticks; a paused one shows its stored remainder, so `now` matters only while running.
  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(Date.now());
    const id = setInterval(tick, 250);
    const first = setTimeout(tick, 0);
    return () => {
      clearInterval(id);
      clearTimeout(first);
    };
  }, [running, timer.endsAt]);

  // Nothing until the stored timer is read: a default "10:00" must not flash up in front of the room.
  if (stored === undefined) return null;
  const left = timeLeft(timer, now);
  const done = running && left === 0;
  const save = (patch: Parameters<typeof saveTimer>[1]) => void saveTimer(analysisId, patch);

  return (
    <div className={`timer${done ? ' timer--done' : ''}${compact ? ' timer--compact' : ''}`} role="group" aria-label={t('timer.label')}>
      <span className="timer__time" role="timer" aria-live="off" data-testid="timer-time">
        {mmss(left)}
      </span>
      {done && (
        <span className="timer__done" role="status">
          {t('timer.done')}
        </span>
      )}
      {!compact && (
        <>
          {running ? (
            <button type="button" className="button button--small" onClick={() => save(pauseTimer(timer, Date.now()))}>
              <Pause aria-hidden size={18} />
              {t('timer.pause')}
            </button>
          ) : (
            <button type="button" className="button button--small" onClick={() => save(startTimer(timer, Date.now()))}>
              <Play aria-hidden size={18} />
              {t('timer.start')}
            </button>
          )}
          <button type="button" className="button button--small" onClick={() => save(resetTimer())}>
            <RotateCcw aria-hidden size={18} />
            {t('timer.reset')}
          </button>
          <label className="timer__minutes">
            <span>{t('timer.minutes')}</span>
            <input
              className="input input--hours"
              inputMode="numeric"
              value={minutes ?? String(Math.round(timer.durationMs / 60000))}
              onChange={(e) => setMinutes(e.target.value)}
              onBlur={() => {
                const patch = setTimerMinutes(Number(minutes));
                if (minutes !== null && patch) save(patch);
                setMinutes(null);
              }}
              onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
            />
          </label>
        </>
      )}
    </div>
  );
});
