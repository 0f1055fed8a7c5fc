/**
 * Errors raised below the views (database, platform, shared code) carry a
 * code and its data, never a sentence: the views say them in the reader's
 * language (renderer/i18n, keys `error.<code>`).
 */
export const ERROR_CODES = ['itemMissing', 'keptGone', 'keptMissingLink', 'analysisMissing', 'roleMissing', 'foreignItem'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly data: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code} ${JSON.stringify(data)}`);
    this.name = 'AppError';
  }
}
