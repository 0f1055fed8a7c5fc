/**
 * The part of the `hyphen` package (Liang's algorithm with the TeX hyphenation
 * patterns) that shared/hyphenate.ts uses. The package ships no types; one
 * module per language, loaded only when its language is first drawn.
 */
interface HyphenOptions {
  /** Inserted at every hyphenation point (default U+00AD). */
  hyphenChar?: string;
  /** Words with fewer letters are left whole (default 5). */
  minWordLength?: number;
}

interface HyphenLanguageModule {
  hyphenateSync(text: string, options?: HyphenOptions): string;
}

declare module 'hyphen/sv' {
  const language: HyphenLanguageModule;
  export default language;
}

declare module 'hyphen/en-gb' {
  const language: HyphenLanguageModule;
  export default language;
}
