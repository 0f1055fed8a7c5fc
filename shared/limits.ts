/** Bounds on what a user can type, shared by forms, imports and validation. */
export const LIMITS = {
  unitName: 120,
  organisation: 160,
  administration: 160,
  facilitator: 120,
  roleName: 80,
  notes: 10_000,
  headcountMax: 10_000,
  fullTimeHoursMin: 1,
  fullTimeHoursMax: 80,
  privacyThresholdMin: 1,
  privacyThresholdMax: 20,
  /**
   * Data rows (after the header) in a survey or SWOT file: a long-format
   * survey of 5,000 people × 60 tasks fits. A file with more is refused
   * with this figure rather than half read.
   */
  surveyRows: 300_000,
} as const;
