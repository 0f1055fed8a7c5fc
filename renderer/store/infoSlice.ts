import type { Change } from '../../shared/changes.ts';
import { addSlide, editSlide, moveSlide, removeSlide, setContact, setSlideHidden, type InfoMeeting } from '../../shared/infoMeeting.ts';
import type { InfoSlice, Slice, StoreDeps } from './types.ts';

/**
 * The information meeting's slides: each verb is one undo step, computed from the meeting as
 * stored once the edits before it are, so a title and notes saved in quick succession both stay.
 */
export function createInfoSlice({ repos, newId, now = () => new Date().toISOString() }: StoreDeps): Slice<InfoSlice> {
  return (_set, get) => {
    const queue = new Map<string, Promise<void>>();
    const edit = (analysisId: string, change: (meeting: InfoMeeting | null) => Change[], label: string): Promise<void> => {
      const run = async () => {
        const meeting = (await repos.items.get('infoMeetings', analysisId)) ?? null;
        const changes = change(meeting);
        if (changes.length > 0) await get().commit(changes, { undoable: true, label });
      };
      const next = (queue.get(analysisId) ?? Promise.resolve()).then(run, run);
      queue.set(analysisId, next);
      return next;
    };
    return {
      editInfoSlide: (analysisId, slideId, patch, label) => edit(analysisId, (m) => editSlide(m, analysisId, slideId, patch, now()), label),
      setInfoSlideHidden: (analysisId, slideId, hidden, label) => edit(analysisId, (m) => setSlideHidden(m, analysisId, slideId, hidden, now()), label),
      moveInfoSlide: (analysisId, slideId, step, label) => edit(analysisId, (m) => moveSlide(m, analysisId, slideId, step, now()), label),
      async addInfoSlide(analysisId, title, label) {
        const id = newId();
        await edit(analysisId, (m) => addSlide(m, analysisId, id, title, now()), label);
        return id;
      },
      deleteInfoSlide: (analysisId, slideId, label) => edit(analysisId, (m) => removeSlide(m, analysisId, slideId, now()), label),
      setInfoContact: (analysisId, contact, label) => edit(analysisId, (m) => setContact(m, analysisId, contact, now()), label),
    };
  };
}
