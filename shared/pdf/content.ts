/**
 * What goes into the PDFs: the handout for the room, the final report and the
 * job description of a new role, as pure builders that return a `PdfDocument`.
 * Every word arrives through `PdfStrings` (the caller's language); nothing here
 * measures text, so the limits that keep the handout on two pages are counts
 * and clipped lengths, checked against the layout in the unit tests.
 *
 * Privacy: survey figures come in as `ReportSurvey`, aggregates per role or
 * group only (see `reportSurvey`). Groups under the threshold are never shown
 * on their own, even if a caller passes one.
 */
import { byOrder } from '../items.ts';
import type { Colour, Placement, Role, Step, StepKey, StepStatus, Task } from '../model.ts';
import { STEP_KEYS } from '../model.ts';
import type { ContractForm, NewRoleSummary, StaffingEstimate } from '../newRoles.ts';
import { largestRemainder } from '../numbers.ts';
import type { Action, ActionStatus, DiscussionList, Quadrant, Workshop2 } from '../swot.ts';
import { DISCUSSION_LISTS, dotsOf, isOverdue, notesIn, QUADRANTS } from '../swot.ts';
import { boardTotals, type BoardTotals } from '../totals.ts';
import type { QuestionKey, QuestionNote } from '../workshop.ts';
import { QUESTION_KEYS } from '../workshop.ts';
import type { Block, FontMetrics, PageSetup, PdfDocument, TableColumn } from './document.ts';
import { layout } from './layout.ts';
import { shownGroups, type ReportSurvey, type SurveyGroup } from './reportSurvey.ts';

export { reportSurvey, shownGroups, type ReportSurvey, type SurveyGroup } from './reportSurvey.ts';
export { PDF_KEYS, type PdfKey } from './keys.ts';
export type { PdfStrings, ReportData } from './reportModel.ts';
import { type PdfKey } from './keys.ts';
import type { PdfStrings, ReportData } from './reportModel.ts';
import { anchoringSection, conclusionsSection, coreMissionsSection, summarySection } from './reportTexts.ts';
import { economicsSection } from './economics.ts';
import { costEffectBlocks, coverLogo, handoutLogo, reportSummaryBlocks, type SummaryFit } from './reportSummary.ts';

export interface JobContext {
  unitName: string;
  organisation: string;
  /** "YYYY-MM-DD". */
  date: string;
}

/** How much of each list the handout shows, and how long a text in it may be (in characters). */
export interface HandoutLimits {
  redBlack: number;
  swot: number;
  actions: number;
  taskChars: number;
  noteChars: number;
  actionChars: number;
  /** The answers to each of the three questions. */
  questionChars: number;
}

/** The handout's lists: short enough for two A4 pages with realistic data. */
export const HANDOUT_LIMITS: Readonly<HandoutLimits> = {
  redBlack: 8,
  swot: 8,
  actions: 8,
  taskChars: 80,
  noteChars: 110,
  actionChars: 100,
  questionChars: 600,
};

/**
 * Longer lists, tried first when the handout is laid out to fit its pages: nothing hides behind
 * "+ n till" while there is room on page 2.
 */
const LONGER_LIMITS: readonly Readonly<HandoutLimits>[] = [
  { redBlack: 30, swot: 16, actions: 20, taskChars: 100, noteChars: 140, actionChars: 140, questionChars: 1_000 },
  { redBlack: 16, swot: 12, actions: 12, taskChars: 90, noteChars: 120, actionChars: 120, questionChars: 800 },
];

/** Ever shorter lists, tried in turn when the handout is to fit a page count and does not. */
const TIGHTER_LIMITS: readonly Readonly<HandoutLimits>[] = [
  { redBlack: 6, swot: 6, actions: 6, taskChars: 60, noteChars: 80, actionChars: 80, questionChars: 400 },
  { redBlack: 5, swot: 5, actions: 5, taskChars: 45, noteChars: 60, actionChars: 60, questionChars: 300 },
  { redBlack: 3, swot: 3, actions: 3, taskChars: 40, noteChars: 45, actionChars: 45, questionChars: 200 },
  // Last: what the room decided keeps its place; the list of red and black tasks (the figures show them) goes.
  { redBlack: 0, swot: 3, actions: 3, taskChars: 40, noteChars: 45, actionChars: 45, questionChars: 150 },
];

/** Lay the handout out with these to make sure it fits (the renderer's page and font metrics). */
export interface HandoutFit {
  setup: PageSetup;
  metrics: FontMetrics;
  /** 2 unless given. */
  maxPages?: number;
}

const BAR_COLOURS: readonly Colour[] = ['green', 'yellow', 'red', 'black', 'unsorted'];

const COLOUR_KEY: Record<Colour, PdfKey> = {
  unsorted: 'pdf.colour.unsorted',
  green: 'pdf.colour.green',
  yellow: 'pdf.colour.yellow',
  red: 'pdf.colour.red',
  black: 'pdf.colour.black',
};
const MEANING_KEY: Record<Exclude<Colour, 'unsorted'>, PdfKey> = {
  green: 'pdf.colourMeaning.green',
  yellow: 'pdf.colourMeaning.yellow',
  red: 'pdf.colourMeaning.red',
  black: 'pdf.colourMeaning.black',
};
const STEP_KEY: Record<StepKey, PdfKey> = {
  info: 'pdf.step.info',
  survey: 'pdf.step.survey',
  workshop1: 'pdf.step.workshop1',
  swotSurvey: 'pdf.step.swotSurvey',
  workshop2: 'pdf.step.workshop2',
  report: 'pdf.step.report',
};
const STEP_STATUS_KEY: Record<StepStatus, PdfKey> = {
  notStarted: 'pdf.stepStatus.notStarted',
  planned: 'pdf.stepStatus.planned',
  done: 'pdf.stepStatus.done',
};
const QUESTION_KEY: Record<QuestionKey, PdfKey> = {
  rightThings: 'pdf.question.rightThings',
  thingsRight: 'pdf.question.thingsRight',
  rightCompetence: 'pdf.question.rightCompetence',
};
const QUADRANT_KEY: Record<Quadrant, PdfKey> = {
  strengths: 'pdf.quadrant.strengths',
  weaknesses: 'pdf.quadrant.weaknesses',
  opportunities: 'pdf.quadrant.opportunities',
  threats: 'pdf.quadrant.threats',
};
const LIST_KEY: Record<DiscussionList, PdfKey> = {
  effects: 'pdf.list.effects',
  consequences: 'pdf.list.consequences',
  successFactors: 'pdf.list.successFactors',
};
const ACTION_STATUS_KEY: Record<ActionStatus, PdfKey> = {
  notStarted: 'pdf.actionStatus.notStarted',
  inProgress: 'pdf.actionStatus.inProgress',
  done: 'pdf.actionStatus.done',
};
const CONTRACT_KEY: Record<ContractForm | 'none', { label: PdfKey; note: PdfKey }> = {
  none: { label: 'pdf.contract.none', note: 'pdf.contractNote.none' },
  AB: { label: 'pdf.contract.AB', note: 'pdf.contractNote.AB' },
  BEA: { label: 'pdf.contract.BEA', note: 'pdf.contractNote.BEA' },
};

// ---- The handout ----

/**
 * The handout for everyone who was in the room: at most two A4 pages. With
 * `fit`, it is laid out and its lists are shortened step by step until it fits
 * (the rest is counted in "+ N till"); without, it uses `HANDOUT_LIMITS`.
 */
export function buildHandout(data: ReportData, s: PdfStrings, fit?: HandoutFit): PdfDocument {
  if (!fit) return handoutWith(data, s, HANDOUT_LIMITS);
  const maxPages = fit.maxPages ?? 2;
  const ladder = [...LONGER_LIMITS, HANDOUT_LIMITS, ...TIGHTER_LIMITS];
  const last = ladder.length - 1;
  for (const [i, limits] of ladder.entries()) {
    const doc = handoutWith(data, s, limits);
    if (i === last || layout(doc, fit.setup, fit.metrics).pages.length <= maxPages) return doc;
  }
  return handoutWith(data, s, HANDOUT_LIMITS);
}

function handoutWith(data: ReportData, s: PdfStrings, L: Readonly<HandoutLimits>): PdfDocument {
  const roles = sortedRoles(data.roles);
  const totals = boardTotals(data.placements, roles);
  const blocks: Block[] = [
    ...handoutLogo(data.logo, data.analysis.organisation, s),
    { kind: 'heading', level: 1, text: s.t('pdf.handout.title') },
    { kind: 'keyValue', pairs: unitPairs(data.analysis, data.today, s, false) },
  ];

  // What the room decided comes first: the new roles and the answers to the three questions; then
  // the SWOT's top notes, the actions and the follow-up; the board's figures after them.
  blocks.push(...handoutNewRoles(data.newRoles, s));
  blocks.push(...handoutQuestions(data.questionNotes, s, L.questionChars));

  const redBlack = boardPlacements(data, roles).filter((p) => p.placement.colour === 'red' || p.placement.colour === 'black');
  redBlack.sort(
    (a, b) => (b.placement.hours ?? -1) - (a.placement.hours ?? -1) || a.task.title.localeCompare(b.task.title) || a.role.name.localeCompare(b.role.name),
  );
  const topRedBlack = redBlack.slice(0, L.redBlack);
  const redBlackBlocks: Block[] =
    L.redBlack === 0
      ? []
      : section(heading(2, s.t('pdf.handout.redBlack')), [
          ...(topRedBlack.length > 0 ? [{ kind: 'paragraph', text: s.t('pdf.handout.redBlackIntro'), style: 'muted' } as const] : []),
          table(
            [col(s.t('pdf.col.task'), 6), col(s.t('pdf.col.role'), 2.4), col(s.t('pdf.col.colour'), 1.1), col(s.t('pdf.col.hoursShort'), 1.2, 'right')],
            topRedBlack.map((p) => [clip(p.task.title, L.taskChars), p.role.name, s.t(COLOUR_KEY[p.placement.colour]), hoursText(p.placement.hours, s)]),
          ),
          ...more(redBlack.length - topRedBlack.length, s),
        ]);

  const w2 = data.workshop2;
  if (w2 && w2.notes.length > 0) {
    const voted = QUADRANTS.flatMap((q) => swotItems(w2, q, s).map((item) => ({ ...item, quadrant: q })))
      .filter((item) => item.votes > 0)
      .sort((a, b) => b.votes - a.votes);
    const top = voted.slice(0, L.swot);
    const body: Block[] =
      top.length > 0
        ? [
            table(
              [col(s.t('pdf.col.note'), 6), col(s.t('pdf.col.quadrant'), 2), col(s.t('pdf.col.votes'), 1.2, 'right')],
              top.map((item) => [clip(item.text, L.noteChars), s.t(QUADRANT_KEY[item.quadrant]), String(item.votes)]),
            ),
            ...more(voted.length - top.length, s),
          ]
        : [{ kind: 'paragraph', text: s.t('pdf.swot.noVotes', { counts: quadrantCounts(w2, s) }) }];
    for (const b of section(heading(2, s.t('pdf.handout.swot')), body)) blocks.push(b);
  }

  const actions = [...(w2?.actions ?? [])].sort(byOrder);
  const shownActions = actions.slice(0, L.actions);
  blocks.push(
    ...section(heading(2, s.t('pdf.actions.title')), [
      table(
        [col(s.t('pdf.col.action'), 6), col(s.t('pdf.col.owner'), 2.2), col(s.t('pdf.col.due'), 1.6)],
        shownActions.map((a) => [clip(a.text, L.actionChars), a.owner, a.due ? s.date(a.due) : '']),
      ),
      ...more(actions.length - shownActions.length, s),
    ]),
  );

  const followUp = stepDate(data.steps, 'report');
  if (followUp) blocks.push(heading(2, s.t('pdf.followUp.title')), { kind: 'paragraph', text: s.t('pdf.followUp.date', { date: s.date(followUp) }) });

  for (const b of section(heading(2, s.t('pdf.hours.title')), hoursBlocks(roles, totals, s))) blocks.push(b);
  blocks.push(...redBlackBlocks);

  return {
    title: `${s.t('pdf.handout.title')} – ${data.analysis.unitName}`,
    footer: pageFooter(s),
    blocks,
  };
}

/** The handout's new roles: each with its hours a week and its share of a post (or how many posts). */
function handoutNewRoles(summaries: readonly NewRoleSummary[], s: PdfStrings): Block[] {
  const rows = summaries
    .filter((x) => x.hours > 0)
    .map((x) => [
      x.role.name,
      s.hours(x.hours),
      x.share > 1 ? s.t('pdf.handout.posts', { posts: s.number(x.share, 2) }) : s.t('pdf.handout.share', { percent: s.number(x.share * 100, 0) }),
    ]);
  if (rows.length === 0) return [];
  return section(heading(2, s.t('pdf.newRoles.title')), [
    { kind: 'paragraph', text: s.t('pdf.handout.newRolesIntro'), style: 'muted' },
    table([col(s.t('pdf.col.newRole'), 5), col(s.t('pdf.col.hoursShort'), 1.6, 'right'), col(s.t('pdf.col.post'), 2.6, 'right')], rows),
  ]);
}

/** The answers to the three questions, as the room gave them in workshop 2. */
function handoutQuestions(notes: readonly QuestionNote[], s: PdfStrings, maxChars: number): Block[] {
  const parts = QUESTION_KEYS.flatMap((q) => {
    const text = notes
      .filter((n) => n.question === q)
      .map((n) => n.notes.trim())
      .filter((t) => t !== '')
      .join('\n');
    return text === '' ? [] : [heading(3, s.t(QUESTION_KEY[q])), { kind: 'paragraph', text: clip(text, maxChars) } as const];
  });
  return section(heading(2, s.t('pdf.questions.title')), parts);
}

// ---- The final report ----

/** The final report (slutrapport): cover, contents, and every section that has something in it. */
export function buildReport(data: ReportData, s: PdfStrings, fit?: SummaryFit): PdfDocument {
  const roles = sortedRoles(data.roles);
  const totals = boardTotals(data.placements, roles);
  const { analysis } = data;
  const logo = coverLogo(data.logo, analysis.organisation, s);
  const cover: Block[] = [
    ...logo,
    { kind: 'spacer', pt: logo.length > 0 ? 90 : 160 },
    { kind: 'heading', level: 1, text: s.t('pdf.report.title') },
    { kind: 'paragraph', text: s.t('pdf.report.subtitle'), style: 'muted' },
    { kind: 'spacer', pt: 24 },
    { kind: 'heading', level: 2, text: analysis.unitName },
    { kind: 'keyValue', pairs: unitPairs(analysis, data.today, s, true) },
  ];
  // Page 2 is the result in short; the contents follow on a page of their own.
  const blocks: Block[] = [
    ...reportSummaryBlocks(data, s, fit),
    { kind: 'heading', level: 1, text: s.t('pdf.toc.title') },
    { kind: 'toc' },
    { kind: 'pageBreak' },
  ];

  for (const b of summarySection(data, s)) blocks.push(b);
  for (const b of methodSection(data.steps, s)) blocks.push(b);
  for (const b of participationSection(data.survey, s)) blocks.push(b);
  for (const b of surveySection(data.survey, s)) blocks.push(b);
  for (const b of coreMissionsSection(data, s)) blocks.push(b);
  for (const b of boardSection(data, roles, totals, s)) blocks.push(b);
  for (const b of questionsSection(data.questionNotes, s)) blocks.push(b);
  for (const b of swotSection(data.workshop2, s)) blocks.push(b);
  for (const b of discussionSection(data.workshop2, s)) blocks.push(b);
  for (const b of newRolesSection(data.newRoles, data.staffing ?? null, s)) blocks.push(b);
  for (const b of economicsSection(data, s)) blocks.push(b);
  for (const b of actionsSection(data.workshop2?.actions ?? [], s)) blocks.push(b);
  for (const b of conclusionsSection(data, s)) blocks.push(b);
  for (const b of followUpSection(data, s)) blocks.push(b);
  for (const b of anchoringSection(data, s)) blocks.push(b);

  return {
    title: `${s.t('pdf.report.title')} – ${analysis.unitName}`,
    header: analysis.unitName,
    footer: pageFooter(s),
    cover,
    blocks,
  };
}

function methodSection(steps: readonly Step[], s: PdfStrings): Block[] {
  const ordered = [...steps].sort((a, b) => STEP_KEYS.indexOf(a.key) - STEP_KEYS.indexOf(b.key));
  const colours = (['green', 'yellow', 'red', 'black'] as const).map((c) =>
    s.t('pdf.method.colour', { colour: s.t(COLOUR_KEY[c]), meaning: s.t(MEANING_KEY[c]) }),
  );
  return [
    heading(1, s.t('pdf.method.title')),
    { kind: 'paragraph', text: s.t('pdf.method.body') },
    { kind: 'list', items: colours },
    ...section({ kind: 'paragraph', text: s.t('pdf.method.steps') }, [
      table(
        [col(s.t('pdf.col.step'), 4), col(s.t('pdf.col.date'), 2), col(s.t('pdf.col.status'), 2)],
        ordered.map((step) => [
          `${STEP_KEYS.indexOf(step.key) + 1}. ${s.t(STEP_KEY[step.key])}`,
          step.date ? s.date(step.date) : s.t('pdf.method.noDate'),
          s.t(STEP_STATUS_KEY[step.status]),
        ]),
      ),
    ]),
  ];
}

function groupName(g: SurveyGroup, s: PdfStrings): string {
  return g.roles.length === 1 && g.roles[0] === g.name ? g.name : s.t('pdf.survey.group', { name: g.name, roles: g.roles.join(', ') });
}

function participationSection(survey: ReportSurvey | null, s: PdfStrings): Block[] {
  if (!survey) return [];
  const { groups, hidden } = shownGroups(survey);
  if (groups.length === 0 && hidden.length === 0) return [];
  const withHeadcount = groups.some((g) => g.headcount !== null);
  const columns = [
    col(s.t('pdf.col.role'), 4),
    col(s.t('pdf.col.respondents'), 1.5, 'right'),
    ...(withHeadcount ? [col(s.t('pdf.col.headcount'), 1.5, 'right')] : []),
  ];
  const rows = groups.map((g) => [groupName(g, s), String(g.respondents), ...(withHeadcount ? [g.headcount === null ? '' : String(g.headcount)] : [])]);
  // A total over the shown groups only; with hidden roles it would tell how many answered in them.
  const total =
    groups.length > 1 && hidden.length === 0
      ? [s.t('pdf.col.total'), String(groups.reduce((n, g) => n + g.respondents, 0)), ...(withHeadcount ? [''] : [])]
      : undefined;
  return [
    heading(1, s.t('pdf.participation.title')),
    ...(groups.length > 0 ? [{ kind: 'paragraph', text: s.t('pdf.participation.intro') } as const, table(columns, rows, total)] : []),
    { kind: 'paragraph', text: s.t('pdf.participation.privacy', { count: survey.threshold }), style: 'muted' },
    ...(hidden.length > 0
      ? [{ kind: 'paragraph', text: s.t('pdf.participation.hidden', { count: survey.threshold, roles: hidden.join(', ') }), style: 'muted' } as const]
      : []),
  ];
}

function surveySection(survey: ReportSurvey | null, s: PdfStrings): Block[] {
  if (!survey) return [];
  const parts = shownGroups(survey).groups.flatMap((g) => {
    const tasks = g.tasks.map((t, i) => ({ t, i })).filter(({ t }) => t.doing > 0 || t.team > 0);
    tasks.sort((a, b) => b.t.team - a.t.team || a.i - b.i);
    return section(heading(3, s.t('pdf.survey.groupHeading', { name: groupName(g, s), count: g.respondents })), [
      table(
        [col(s.t('pdf.col.task'), 5), col(s.t('pdf.col.doing'), 1.6, 'right'), col(s.t('pdf.col.mean'), 1.6, 'right'), col(s.t('pdf.col.team'), 1.6, 'right')],
        tasks.map(({ t }) => [t.task, s.t('pdf.survey.doing', { doing: t.doing, respondents: g.respondents }), s.hours(t.mean), s.hours(t.team)]),
      ),
    ]);
  });
  if (parts.length === 0) return [];
  return [heading(1, s.t('pdf.survey.title')), { kind: 'paragraph', text: s.t('pdf.survey.intro') }, ...parts];
}

function boardSection(data: ReportData, roles: Role[], totals: BoardTotals, s: PdfStrings): Block[] {
  const placements = boardPlacements(data, roles);
  if (placements.length === 0) return [];
  const perRole = roles.flatMap((role) => {
    const mine = placements.filter((p) => p.role.id === role.id);
    const colours = BAR_COLOURS.flatMap((colour) => {
      const cards = mine.filter((p) => p.placement.colour === colour).sort((a, b) => byOrder(a.placement, b.placement));
      if (cards.length === 0) return [];
      const sum = cards.reduce((h, p) => h + (validHours(p.placement.hours) ?? 0), 0);
      return section(heading(3, s.t('pdf.board.colourHeading', { colour: s.t(COLOUR_KEY[colour]), hours: s.hours(sum) })), [
        table(
          [col(s.t('pdf.col.task'), 6), col(s.t('pdf.col.hours'), 2, 'right')],
          cards.map((p) => [p.task.title, hoursText(p.placement.hours, s)]),
        ),
      ]);
    });
    return section(heading(2, role.name), colours);
  });
  return [
    heading(1, s.t('pdf.board.title')),
    { kind: 'paragraph', text: s.t('pdf.board.intro') },
    ...section(heading(2, s.t('pdf.hours.title')), hoursBlocks(roles, totals, s)),
    ...perRole,
  ];
}

function questionsSection(notes: readonly QuestionNote[], s: PdfStrings): Block[] {
  const parts = QUESTION_KEYS.flatMap((q) => {
    const text = notes
      .filter((n) => n.question === q)
      .map((n) => n.notes.trim())
      .filter((t) => t !== '')
      .join('\n');
    return text === '' ? [] : [heading(3, s.t(QUESTION_KEY[q])), { kind: 'paragraph', text } as const];
  });
  return section(heading(1, s.t('pdf.questions.title')), parts);
}

function swotSection(w2: Workshop2 | null, s: PdfStrings): Block[] {
  if (!w2 || w2.notes.length === 0) return [];
  const anyVotes = w2.notes.some((n) => dotsOf(n) > 0);
  const quadrants = QUADRANTS.flatMap((q) => {
    const items = swotItems(w2, q, s);
    if (anyVotes) items.sort((a, b) => b.votes - a.votes);
    const columns = [col(s.t('pdf.col.note'), 7), ...(anyVotes ? [col(s.t('pdf.col.votes'), 1.2, 'right')] : [])];
    const rows = items.map((item) => [[item.text, ...item.lines.map((l) => `– ${l}`)].join('\n'), ...(anyVotes ? [String(item.votes)] : [])]);
    return section(heading(3, s.t(QUADRANT_KEY[q])), [table(columns, rows)]);
  });
  const voting =
    w2.voting && w2.voting.participants > 0 && anyVotes ? s.t('pdf.swot.voting', { participants: w2.voting.participants, dots: w2.voting.dotsPerPerson }) : '';
  return section(heading(1, s.t('pdf.swot.title')), [
    { kind: 'paragraph', text: s.t('pdf.swot.intro') },
    ...(voting !== '' ? [{ kind: 'paragraph', text: voting, style: 'muted' } as const] : []),
    ...quadrants,
  ]);
}

function discussionSection(w2: Workshop2 | null, s: PdfStrings): Block[] {
  if (!w2) return [];
  const lists = DISCUSSION_LISTS.flatMap((list) => {
    const items = w2.discussion
      .filter((e) => e.list === list)
      .sort(byOrder)
      .map((e) => e.text.trim())
      .filter((t) => t !== '');
    return section(heading(2, s.t(LIST_KEY[list])), [{ kind: 'list', items }]);
  });
  return section(heading(1, s.t('pdf.discussion.title')), lists);
}

function newRolesSection(summaries: readonly NewRoleSummary[], staffing: StaffingEstimate | null, s: PdfStrings): Block[] {
  if (summaries.length === 0) return [];
  const roles = summaries.flatMap((summary) => {
    const relief = summary.relief.map((r) =>
      r.perPerson === null
        ? s.t('pdf.newRoles.reliefLineNoPeople', { role: r.name, hours: s.hours(r.hours) })
        : s.t('pdf.newRoles.reliefLine', { role: r.name, hours: s.hours(r.hours), perPerson: s.hours(r.perPerson) }),
    );
    return [heading(2, summary.role.name), ...jobBlocks(summary, s, 3), ...section(heading(3, s.t('pdf.newRoles.relief')), [{ kind: 'list', items: relief }])];
  });
  return [heading(1, s.t('pdf.newRoles.title')), { kind: 'paragraph', text: s.t('pdf.newRoles.intro') }, ...roles, ...staffingBlocks(staffing, s)];
}

function staffingBlocks(staffing: StaffingEstimate | null, s: PdfStrings): Block[] {
  if (!staffing || (staffing.existing.length === 0 && staffing.added.length === 0)) return [];
  const posts = (n: number) => s.number(n, 2);
  const kr = (n: number | null) => (n === null ? '' : s.t('pdf.cost.amount', { amount: s.number(Math.round(n), 0) }));
  return [
    heading(2, s.t('pdf.staffing.title')),
    { kind: 'paragraph', text: s.t('pdf.staffing.intro') },
    table(
      [
        col(s.t('pdf.col.role'), 3),
        col(s.t('pdf.col.postsNow'), 1.4, 'right'),
        col(s.t('pdf.col.hoursMoved'), 1.7, 'right'),
        col(s.t('pdf.col.postsProposed'), 1.6, 'right'),
        col(s.t('pdf.cost.col.costNow'), 1.7, 'right'),
        col(s.t('pdf.cost.col.costProposed'), 1.7, 'right'),
      ],
      staffing.existing.map((r) => [r.name, posts(r.postsNow), s.hours(r.hoursMoved), posts(r.postsProposed), kr(r.costNow), kr(r.costProposed)]),
    ),
    table(
      [col(s.t('pdf.col.newRole'), 4), col(s.t('pdf.col.posts'), 1.6, 'right'), col(s.t('pdf.cost.col.unitCost'), 2, 'right')],
      staffing.added.map((r) => [r.name, posts(r.posts), kr(r.unitCost)]),
      [s.t('pdf.col.total'), `${posts(staffing.postsNow)} → ${posts(staffing.postsProposed)}`, ''],
    ),
    heading(3, s.t('pdf.cost.title')),
    ...costEffectBlocks(staffing, s),
  ];
}

function actionsSection(actions: readonly Action[], s: PdfStrings): Block[] {
  const sorted = [...actions].sort(byOrder);
  return section(heading(1, s.t('pdf.actions.title')), [
    table(
      [col(s.t('pdf.col.action'), 5), col(s.t('pdf.col.owner'), 2.2), col(s.t('pdf.col.due'), 1.8), col(s.t('pdf.col.status'), 1.6)],
      sorted.map((a) => [a.text, a.owner, a.due ? s.date(a.due) : '', s.t(ACTION_STATUS_KEY[a.status])]),
    ),
  ]);
}

function followUpSection(data: ReportData, s: PdfStrings): Block[] {
  const date = stepDate(data.steps, 'report');
  const notes = data.steps.find((st) => st.key === 'report')?.notes.trim() ?? '';
  const actions = data.workshop2?.actions ?? [];
  const open = actions.filter((a) => a.status !== 'done');
  const overdue = actions.filter((a) => isOverdue(a, data.today));
  const blocks: Block[] = [];
  if (date) blocks.push({ kind: 'paragraph', text: s.t('pdf.followUp.date', { date: s.date(date) }) });
  if (open.length > 0) blocks.push({ kind: 'paragraph', text: s.t('pdf.followUp.open', { open: open.length, total: actions.length }) });
  if (overdue.length > 0) blocks.push({ kind: 'paragraph', text: s.t('pdf.followUp.overdue', { count: overdue.length }) });
  if (notes !== '') blocks.push({ kind: 'paragraph', text: notes });
  return section(heading(1, s.t('pdf.followUp.title')), blocks);
}

// ---- The job description ----

/** A new role's job description (uppdragsbeskrivning) as its own PDF: one page for a normal role. */
export function buildJobDescription(summary: NewRoleSummary, context: JobContext, s: PdfStrings): PdfDocument {
  const unit = context.organisation.trim() === '' ? context.unitName : `${context.unitName}, ${context.organisation}`;
  return {
    title: `${s.t('pdf.job.title')} – ${summary.role.name}`,
    footer: pageFooter(s),
    blocks: [
      { kind: 'heading', level: 1, text: s.t('pdf.job.heading', { name: summary.role.name }) },
      {
        kind: 'keyValue',
        pairs: [
          { key: s.t('pdf.field.unit'), value: unit },
          { key: s.t('pdf.field.date'), value: s.date(context.date) },
        ],
      },
      ...jobBlocks(summary, s, 2),
    ],
  };
}

/** A job description's task: one line per task, however many parts of it the role takes. */
interface JobTask {
  title: string;
  from: string;
  hours: number;
}

/** The role's parts as one line per task (a task split into parts, or taken from several roles, is one line with its hours). */
export function jobTasks(summary: NewRoleSummary, goneTitle: string): JobTask[] {
  const lines = new Map<string, { title: string; from: string[]; hours: number }>();
  for (const p of summary.parts) {
    const key = p.task?.id ?? `part:${p.part.id}`;
    const line = lines.get(key) ?? { title: p.task?.title ?? goneTitle, from: [], hours: 0 };
    const from = p.sourceRole?.name ?? '';
    if (from !== '' && !line.from.includes(from)) line.from.push(from);
    line.hours += p.hours;
    lines.set(key, line);
  }
  return [...lines.values()].map((l) => ({ title: l.title, from: l.from.join(', '), hours: Math.round(l.hours * 1e6) / 1e6 }));
}

/** The scope: a share of one post, or how many posts it is and the hours of each. */
function jobScope(summary: NewRoleSummary, s: PdfStrings): string {
  const full = summary.role.fullTimeHours;
  if (summary.hours <= 0) return '';
  if (summary.share <= 1) return s.t('pdf.job.scopeShare', { hours: s.hours(summary.hours), percent: s.number(summary.share * 100, 0), full: s.number(full) });
  const whole = Math.floor(summary.share + 1e-9);
  const rest = Math.round((summary.hours - whole * full) * 1e6) / 1e6;
  const vars = { hours: s.hours(summary.hours), posts: s.number(summary.share, 2), whole: String(whole), full: s.hours(full), rest: s.hours(rest) };
  return rest > 0 ? s.t('pdf.job.scopePosts', vars) : s.t('pdf.job.scopeWholePosts', vars);
}

/**
 * The body of a job description, its headings at `level` (2 on its own, 3 inside the report). It is
 * for the person in the role and the employer: what is not filled in is left out, and so is the
 * app's advice to the facilitator.
 */
function jobBlocks(summary: NewRoleSummary, s: PdfStrings, level: 2 | 3): Block[] {
  const { role } = summary;
  const tasks = jobTasks(summary, s.t('pdf.job.goneTask'));
  const requirement = (key: PdfKey, value: string) => (value.trim() === '' ? [] : [{ key: s.t(key), value: value.trim() }]);
  const requirements = [
    ...requirement('pdf.job.skills', role.skills),
    ...requirement('pdf.job.training', role.training),
    ...requirement('pdf.job.adaptations', role.adaptations),
    ...requirement('pdf.job.supervision', role.supervision),
  ];
  // Short parts are kept together on a page; the task table may run over.
  const together = (blocks: Block[]): Block[] => (blocks.length > 0 ? [{ kind: 'group', blocks }] : []);
  return [
    ...together(section(heading(level, s.t('pdf.job.purpose')), [{ kind: 'paragraph', text: role.purpose.trim() }])),
    ...section(heading(level, s.t('pdf.job.tasks')), [
      table(
        [col(s.t('pdf.col.task'), 5), col(s.t('pdf.col.from'), 2.6), col(s.t('pdf.col.hours'), 2.2, 'right')],
        tasks.map((t) => [t.title, t.from, s.hours(t.hours)]),
        tasks.length > 1 ? [s.t('pdf.col.total'), '', s.hours(summary.hours)] : undefined,
      ),
    ]),
    ...together(section(heading(level, s.t('pdf.job.scope')), [{ kind: 'paragraph', text: jobScope(summary, s) }])),
    ...together(section(heading(level, s.t('pdf.job.requirements')), [{ kind: 'keyValue', pairs: requirements }])),
    ...together(
      section(heading(level, s.t('pdf.job.contract')), [{ kind: 'paragraph', text: role.contract === null ? '' : s.t(CONTRACT_KEY[role.contract].label) }]),
    ),
  ];
}

// ---- Shared pieces ----

interface BoardCard {
  placement: Placement;
  task: Task;
  role: Role;
}

/** Placements whose task and role exist, in role order. */
function boardPlacements(data: ReportData, roles: readonly Role[]): BoardCard[] {
  const tasks = new Map(data.tasks.map((t) => [t.id, t]));
  const byRole = new Map(roles.map((r) => [r.id, r]));
  return data.placements.flatMap((placement) => {
    const task = tasks.get(placement.taskId);
    const role = byRole.get(placement.roleId);
    return task && role ? [{ placement, task, role }] : [];
  });
}

/**
 * One stacked bar per role with each colour's share of the role's time (whole
 * percent adding up to 100), and a table of the hours per colour.
 */
function hoursBlocks(roles: readonly Role[], totals: BoardTotals, s: PdfStrings): Block[] {
  const rows = roles.flatMap((role, i) => {
    const t = totals.roles[i];
    return t && t.cardCount > 0 ? [{ role, t }] : [];
  });
  if (rows.length === 0) return [];
  const colours = BAR_COLOURS.filter((c) => c !== 'unsorted' || totals.all.byColour.unsorted > 0);
  const blocks: Block[] = [];
  const withHours = rows.filter((r) => r.t.total > 0);
  if (withHours.length > 0) {
    blocks.push({
      kind: 'bars',
      rows: withHours.map(({ role, t }) => {
        const percents = largestRemainder(colours.map((colour) => t.byColour[colour]));
        return {
          label: role.name,
          segments: colours.map((colour, i) => ({
            value: t.byColour[colour],
            colour,
            label: t.byColour[colour] > 0 ? `${s.number(percents[i] ?? 0, 0)} %` : '',
          })),
          total: s.hours(t.total),
        };
      }),
      legend: colours.map((colour) => ({ colour, label: s.t(COLOUR_KEY[colour]) })),
    });
  }
  const cells = (byColour: Record<Colour, number>, total: number) => [...colours.map((c) => s.hours(byColour[c])), s.hours(total)];
  blocks.push(
    table(
      [
        col(s.t('pdf.col.role'), 3),
        ...colours.map((c) => col(s.t(COLOUR_KEY[c]), c === 'unsorted' ? 1.6 : 1.2, 'right')),
        col(s.t('pdf.col.total'), 1.3, 'right'),
      ],
      rows.map(({ role, t }) => [role.name, ...cells(t.byColour, t.total)]),
      rows.length > 1 ? [s.t('pdf.col.total'), ...cells(totals.all.byColour, totals.all.total)] : undefined,
    ),
  );
  const unknown = rows.reduce((n, r) => n + r.t.unknownHours, 0);
  if (unknown > 0) blocks.push({ kind: 'paragraph', text: s.t('pdf.unknownHours', { count: unknown }), style: 'small' });
  return blocks;
}

interface SwotItem {
  text: string;
  /** The notes of a stack, under its name. */
  lines: string[];
  votes: number;
}

/** A quadrant's notes in their order, a stack as one item with its notes' votes added up. */
function swotItems(w2: Workshop2, quadrant: Quadrant, s: PdfStrings): SwotItem[] {
  const stacks = new Map(w2.stacks.map((st) => [st.id, st]));
  const items: SwotItem[] = [];
  const byStack = new Map<string, SwotItem>();
  for (const note of notesIn(w2.notes, quadrant)) {
    const text = note.count > 1 ? `${note.text} ${s.t('pdf.swot.answers', { count: note.count })}` : note.text;
    const stack = note.stackId ? stacks.get(note.stackId) : undefined;
    if (!stack) {
      items.push({ text, lines: [], votes: dotsOf(note) });
      continue;
    }
    const found = byStack.get(stack.id);
    if (found) {
      found.lines.push(text);
      found.votes += dotsOf(note);
    } else {
      const item = { text: stack.name, lines: [text], votes: dotsOf(note) };
      byStack.set(stack.id, item);
      items.push(item);
    }
  }
  return items;
}

function quadrantCounts(w2: Workshop2, s: PdfStrings): string {
  return QUADRANTS.map((q) => ({ q, n: w2.notes.filter((n) => n.quadrant === q).length }))
    .filter(({ n }) => n > 0)
    .map(({ q, n }) => `${s.t(QUADRANT_KEY[q])} ${n}`)
    .join(', ');
}

function unitPairs(analysis: ReportData['analysis'], today: string, s: PdfStrings, cover: boolean): { key: string; value: string }[] {
  const pairs = [
    ...(cover ? [] : [{ key: s.t('pdf.field.unit'), value: analysis.unitName }]),
    { key: s.t('pdf.field.organisation'), value: analysis.organisation.trim() },
    ...(cover ? [{ key: s.t('pdf.field.facilitator'), value: analysis.facilitator.trim() }] : []),
    { key: s.t('pdf.field.date'), value: s.date(today) },
  ];
  return pairs.filter((p) => p.value !== '');
}

function sortedRoles(roles: readonly Role[]): Role[] {
  return [...roles].sort(byOrder);
}

function stepDate(steps: readonly Step[], key: StepKey): string | null {
  return steps.find((st) => st.key === key)?.date ?? null;
}

function pageFooter(s: PdfStrings): PdfDocument['footer'] {
  return { pageLabel: (n, of) => s.t('pdf.pageLabel', { n, of }) };
}

function validHours(hours: number | null): number | null {
  return hours !== null && Number.isFinite(hours) ? hours : null;
}

function hoursText(hours: number | null, s: PdfStrings): string {
  const h = validHours(hours);
  return h === null ? s.t('pdf.hoursUnknown') : s.hours(h);
}

function more(count: number, s: PdfStrings): Block[] {
  return count > 0 ? [{ kind: 'paragraph', text: s.t('pdf.more', { count }), style: 'muted' }] : [];
}

function heading(level: 1 | 2 | 3, text: string): Block {
  return { kind: 'heading', level, text, ...(level < 3 ? { toc: true } : {}) };
}

function col(title: string, width: number, align?: 'left' | 'right'): TableColumn {
  return align ? { title, width, align } : { title, width };
}

function table(columns: TableColumn[], rows: string[][], footer?: string[]): Block {
  return footer ? { kind: 'table', columns, rows, footer } : { kind: 'table', columns, rows };
}

/** Whether a block prints anything (a heading alone does not count). */
function hasContent(b: Block): boolean {
  switch (b.kind) {
    case 'paragraph':
      return b.text.trim() !== '';
    case 'list':
      return b.items.length > 0;
    case 'table':
      return b.rows.length > 0;
    case 'bars':
      return b.rows.length > 0;
    case 'keyValue':
      return b.pairs.length > 0;
    case 'group':
      return b.blocks.some(hasContent);
    case 'toc':
      return true;
    default:
      return false;
  }
}

/** A heading with its blocks, or nothing when none of them prints anything; empty blocks are dropped. */
function section(head: Block, body: Block[]): Block[] {
  const kept = body.filter((b) => b.kind === 'heading' || b.kind === 'spacer' || hasContent(b));
  return kept.some(hasContent) ? [head, ...kept] : [];
}

/** At most `max` characters (whole code points), with an ellipsis when cut. */
function clip(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
