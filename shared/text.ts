/** Text as it is stored: trimmed, runs of white space (line breaks too) as one space. */
export function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * What two names or titles are compared by: tidied and in lower case, so
 * "Diska  kastruller" and "diska kastruller" are the same task, and
 * "barnskötare" the same role as "Barnskötare".
 */
export function matchKey(text: string): string {
  return tidy(text).toLocaleLowerCase('sv');
}
