/** Types for icons.mjs (plain JavaScript so Node can run it without a build step). */
export const PNG_SIZES: number[];
export const ICO_SIZES: number[];
export function makeIcons(options?: { svg?: string; outDir?: string }): Promise<string[]>;
