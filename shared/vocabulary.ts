/**
 * The closed lists of words stored records use: colours, steps, quadrants,
 * statuses … A leaf module (it imports nothing), so that the record schemas
 * and the domain modules that use the lists can both import it without
 * importing each other.
 */

/** The AKR colours plus the unsorted column. */
export const COLOURS = ['unsorted', 'green', 'yellow', 'red', 'black'] as const;
export type Colour = (typeof COLOURS)[number];

/** The six steps of Stockholm's model, in order. */
export const STEP_KEYS = ['info', 'survey', 'workshop1', 'swotSurvey', 'workshop2', 'report'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export const STEP_STATUSES = ['notStarted', 'planned', 'done'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** The three questions of the AKR workshops (Örebro's original). */
export const QUESTION_KEYS = ['rightThings', 'thingsRight', 'rightCompetence'] as const;
export type QuestionKey = (typeof QUESTION_KEYS)[number];

export const QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const DISCUSSION_LISTS = ['effects', 'consequences', 'successFactors'] as const;
export type DiscussionList = (typeof DISCUSSION_LISTS)[number];

export const ACTION_STATUSES = ['notStarted', 'inProgress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What an action follows from. */
export const ACTION_LINK_KINDS = ['note', 'task'] as const;

export const CONTRACT_FORMS = ['AB', 'BEA'] as const;
export type ContractForm = (typeof CONTRACT_FORMS)[number];

/** The meetings with an agenda: the two workshops and the follow-up meeting (step 6). */
export const WORKSHOPS = ['workshop1', 'workshop2', 'followUp'] as const;
export type Workshop = (typeof WORKSHOPS)[number];

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How survey roles under the privacy threshold are shown. */
export const SMALL_ROLES = ['merge', 'hide'] as const;
export type SmallRoles = (typeof SMALL_ROLES)[number];

/** What a survey import found in its file (kept with it for the import report). */
export const SURVEY_FILE_KINDS = ['csv', 'tsv', 'xlsx'] as const;
export const SURVEY_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16', 'windows-1252'] as const;
export const DELIMITERS = [';', ',', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];
export const DECIMAL_MARKS = ['comma', 'point', 'both', 'none'] as const;
export type DecimalMark = (typeof DECIMAL_MARKS)[number];
export const SURVEY_SHAPES = ['wide', 'long'] as const;
export type Shape = (typeof SURVEY_SHAPES)[number];
export const TIME_UNITS = ['hours', 'percent'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];
/**
 * Where a respondent's answers came from: a survey tool's exported file, a
 * paper form typed in, the kiosk on the facilitator's laptop, or a phone in
 * the room.
 */
export const SURVEY_SOURCES = ['file', 'paper', 'kiosk', 'phone'] as const;
export type SurveySource = (typeof SURVEY_SOURCES)[number];
/** A survey round: the first survey, or a follow-up months later asking the same tasks again. */
export const ROUND_KINDS = ['first', 'followUp'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];
/** Why a survey column is ignored, for the import report. */
export const IGNORED_REASONS = ['metadata', 'personal', 'unknown', 'chosen'] as const;
export type IgnoredReason = (typeof IGNORED_REASONS)[number];

/** Where a version kept in History was: on this machine, or in the imported file. */
export const KEPT_FROM = ['here', 'file'] as const;

/**
 * The information meeting's (step 1) slides that have a default text, in
 * their default order; the facilitator may hide them and add their own.
 */
export const INFO_SLIDE_KEYS = ['background', 'why', 'plan', 'survey', 'notAbout', 'results', 'contact'] as const;
export type InfoSlideKey = (typeof INFO_SLIDE_KEYS)[number];

/**
 * How an analysis was anchored (the decision trail): the manager's and HR's
 * support, information to and consultation with the unions (MBL), the safety
 * representative, and the risk and consequence assessment.
 */
export const ANCHOR_KEYS = ['manager', 'hr', 'unionInformed', 'unionConsulted', 'safetyRep', 'riskAssessment'] as const;
export type AnchorKey = (typeof ANCHOR_KEYS)[number];

/** The meetings whose attendance is recorded (number of staff per role, never names). */
export const MEETINGS = ['info', 'workshop1', 'workshop2', 'followUp'] as const;
export type Meeting = (typeof MEETINGS)[number];

/** Who pays a new role's posts: the unit's budget, or the labour-market unit (often at first for BEA). */
export const PAYERS = ['unit', 'labourMarket'] as const;
export type Payer = (typeof PAYERS)[number];

/** A person's gender as they reported it to the employer; `notStated` when they did not say. */
export const GENDERS = ['woman', 'man', 'other', 'notStated'] as const;
export type Gender = (typeof GENDERS)[number];

/** The outcome of a planned review (at 6 and 12 months) of a person in a new role. */
export const REVIEW_OUTCOMES = ['continued', 'toAB', 'ended'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** The planned reviews of a person in a new role, in months after the start. */
export const REVIEW_MONTHS = [6, 12] as const;
export type ReviewMonth = (typeof REVIEW_MONTHS)[number];

/** How an agreed action turned out, as the follow-up meeting judged it. */
export const ACTION_OUTCOMES = ['done', 'ongoing', 'dropped'] as const;
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number];

/** The kinds of picture a logo may be (SVG is refused: it can carry script). */
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/** The version of the key figures' shape in a file (shared/keyFigures.ts); a reader reads a file of another in full. */
export const KEY_FIGURES_VERSION = 1;

/** The key figures' counts of people in the new roles: by contract now, target group, gender and what happened. */
export const PEOPLE_KEYS = [
  'total',
  'AB',
  'BEA',
  'contractNotStated',
  'priorityGroup',
  'notPriorityGroup',
  'women',
  'men',
  'otherGender',
  'genderNotStated',
  'wageSubsidy',
  'movedToAB',
  'ended',
] as const;
export type PeopleKey = (typeof PEOPLE_KEYS)[number];
