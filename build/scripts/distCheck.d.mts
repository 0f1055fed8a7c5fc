/** Types for distCheck.mjs (plain JavaScript so Node can run it without a build step). */
export function makeStandInElectron(dir: string): string;
export function asarProblems(files: string[]): string[];
