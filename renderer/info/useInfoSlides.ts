import { useMemo } from 'react';
import { resolveSlides, visibleSlides, type InfoMeeting, type ResolvedSlide } from '../../shared/infoMeeting.ts';
import { useT } from '../i18n/i18n.ts';
import { useServices } from '../store/context.ts';
import { useAnalysis, useSettings, useSteps } from '../store/queries.ts';
import { useLive } from '../store/useLive.ts';
import { infoTexts } from './infoTexts.ts';

export interface InfoSlides {
  /** The stored meeting, or null while the default slides are used. */
  meeting: InfoMeeting | null;
  /** Every slide with the text it shows, hidden ones too. */
  slides: ResolvedSlide[];
  /** The slides the room sees, in order. */
  visible: ResolvedSlide[];
}

/** The information meeting's slides of an analysis as they read now; undefined while loading. */
export function useInfoSlides(analysisId: string): InfoSlides | undefined {
  const tr = useT();
  const { repos } = useServices();
  const meeting = useLive(() => repos.info.liveMeeting(analysisId), [repos, analysisId]);
  const steps = useSteps(analysisId);
  const analysis = useAnalysis(analysisId);
  const { privacyThreshold } = useSettings();
  return useMemo(() => {
    if (meeting === undefined || steps === undefined || analysis === undefined) return undefined;
    const texts = infoTexts(tr, { unitName: analysis?.unitName ?? '', facilitator: analysis?.facilitator ?? '', threshold: privacyThreshold });
    const slides = resolveSlides(meeting, { steps, contact: meeting?.contact ?? '' }, texts);
    return { meeting, slides, visible: visibleSlides(slides) };
  }, [meeting, steps, analysis, privacyThreshold, tr]);
}
