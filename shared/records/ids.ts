/**
 * Ids that are made from other fields rather than drawn at random, so that an
 * analysis can never hold two of the same (two "step 3"s, two notes on one
 * question). The registry declares which kinds use them; a copy of an
 * analysis makes them again from the copy's fields.
 */

/** A step's id: one of each step per analysis. */
export function stepId(analysisId: string, key: string): string {
  return `${analysisId}:${key}`;
}

/** The room's notes on one of the three questions: one per question and analysis. */
export function questionNoteId(analysisId: string, question: string): string {
  return `${analysisId}:${question}`;
}

/** A respondent's answers: one per respondent key in an analysis, so a new file with the same ids replaces them. */
export function responseId(analysisId: string, key: string): string {
  return `${analysisId}|${key}`;
}

/** The key of an item or its tombstone across all kinds of an analysis: `<kind>:<item id>`. */
export function itemKey(kind: string, itemId: string): string {
  return `${kind}:${itemId}`;
}
