/**
 * What the facilitator's window knows of what phones sent to the room, as
 * the room's views use it. Delivery (renderer/room/delivery.ts) commits each
 * submission into the analysis through the one write path and keeps these
 * counts and the note queue; the room panel and the projector only read them
 * and act through the functions here.
 */
import type { PollColour } from '../../shared/room/protocol.ts';
import type { Quadrant } from '../../shared/vocabulary.ts';

/** A SWOT note from a phone, waiting for the facilitator to let it through (it is on no canvas or projector until then). */
export interface QueuedNote {
  id: string;
  quadrant: Quadrant;
  text: string;
  /** When it arrived (ms since 1970), for ordering. */
  receivedAt: number;
}

/** What has arrived from phones for this analysis, counted, never who. */
export interface RoomReceived {
  /** Survey answers (one per person). */
  answers: number;
  notes: number;
  /** Dots given by phones. */
  dots: number;
  pollVotes: number;
}

/** The spread of a colour poll for one task in one role. */
export type PollCounts = Record<PollColour, number>;

export interface RoomInbox {
  /** Notes waiting, oldest first. */
  pending: readonly QueuedNote[];
  /** Notes go onto the canvas as they come, without waiting. */
  autoLetThrough: boolean;
  received: RoomReceived;
  /** Lets these notes (or all waiting) onto the SWOT canvas. */
  letThrough(ids: readonly string[] | 'all'): Promise<void>;
  /** Removes a waiting note without putting it on the canvas. */
  discard(id: string): Promise<void>;
  setAutoLetThrough(on: boolean): Promise<void>;
}
