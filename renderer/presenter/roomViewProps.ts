/** What every room view is given: the analysis, the projection's lane and page, and who hears its page count. */
export interface RoomViewProps {
  analysisId: string;
  lane: string | null;
  page: number;
  /** How many pages this window needs for what it shows (after every measurement that changes it). */
  onLayout?: (pages: number, lane: string | null) => void;
}
