/**
 * The follow-up document for the unit (step 6): the board then and now per
 * role, the tasks new since, how each action turned out, and the follow-up
 * meeting's own notes. Pure; every string arrives translated. The same
 * `PdfDocument` is drawn as a PDF (renderer/pdf) and written as a Word file
 * (renderer/docx), as the final report is.
 */
import type { FollowUp, FollowUpComparison, ComparisonFigures } from '../followUp.ts';
import { byOrder } from '../items.ts';
import type { RecordOf } from '../records/registry.ts';
import type { ActionOutcome, ActionStatus, Colour } from '../vocabulary.ts';
import type { Block, BarRow, PdfDocument, PdfImage, TableColumn } from './document.ts';
import type { PdfKey, SummaryKey } from './keys.ts';
import { markdownBlocks } from './reportTexts.ts';

/** The texts this document uses besides PDF_KEYS; the dictionaries (renderer/i18n/followUpMaterial.*.ts) hold exactly these. */
export const FOLLOW_UP_PDF_KEYS = [
  'pdf.fu.title',
  'pdf.fu.subtitle',
  'pdf.fu.field.then',
  'pdf.fu.field.thenValue',
  'pdf.fu.field.now',
  'pdf.fu.compare.title',
  'pdf.fu.compare.intro',
  'pdf.fu.compare.redBlack',
  'pdf.fu.compare.none',
  'pdf.fu.compare.small',
  'pdf.fu.compare.unanswered',
  'pdf.fu.bar.then',
  'pdf.fu.bar.now',
  'pdf.fu.legend.unsortedNew',
  'pdf.fu.col.when',
  'pdf.fu.col.new',
  'pdf.fu.col.redBlack',
  'pdf.fu.then',
  'pdf.fu.now',
  'pdf.fu.total',
  'pdf.fu.newTasks.title',
  'pdf.fu.newTasks.intro',
  'pdf.fu.col.hoursNow',
  'pdf.fu.actions.title',
  'pdf.fu.actions.counts',
  'pdf.fu.col.statusThen',
  'pdf.fu.col.outcome',
  'pdf.fu.col.note',
  'pdf.fu.outcome.done',
  'pdf.fu.outcome.ongoing',
  'pdf.fu.outcome.dropped',
  'pdf.fu.outcome.none',
  'pdf.fu.action.added',
  'pdf.fu.action.deleted',
  'pdf.fu.notes.title',
  'pdf.fu.noSnapshot',
  'pdf.fu.noRound',
] as const;
export type FollowUpPdfKey = (typeof FOLLOW_UP_PDF_KEYS)[number];

/** Words and formats in the reader's language (the renderer's Translator fits). */
export interface FollowUpStrings {
  t(key: PdfKey | SummaryKey | FollowUpPdfKey, values?: Record<string, string | number>): string;
  number(n: number, maxDecimals?: number): string;
  /** Hours to the half hour with their unit ("2,5 h"). */
  hours(n: number): string;
  date(isoOrDate: string): string;
}

/** One action as the follow-up reviews it. */
export interface FollowUpActionRow {
  text: string;
  /** Its status when the report was made; null = added since. */
  then: ActionStatus | null;
  /** Its status now; null = deleted since. */
  now: ActionStatus | null;
  outcome: ActionOutcome | null;
  /** What was done, or why it was dropped. */
  note: string;
}

/** What the follow-up document is made from. */
export interface FollowUpDocData {
  analysis: { unitName: string; organisation: string; facilitator: string };
  /** "YYYY-MM-DD": the document's date. */
  today: string;
  /** When "then" was frozen (the report was made); null = no snapshot yet. */
  snapshotTakenAt: string | null;
  /** The follow-up round compared, as named; null = there is none. */
  roundName: string | null;
  /** Null until there is both a snapshot and a follow-up round. */
  comparison: FollowUpComparison | null;
  /**
   * Roles answered by fewer than `threshold` in the follow-up round, and those nobody answered for
   * (`unanswered`): left out of the comparison, and named.
   */
  leftOut?: { roles: readonly string[]; threshold: number; unanswered?: readonly string[] };
  actions: readonly FollowUpActionRow[];
  /** The meeting's notes (Markdown subset). */
  notes: string;
  logo?: PdfImage | null;
}

type SnapshotAction = { id: string; text: string; status: ActionStatus };
type ActionNow = Pick<RecordOf<'actions'>, 'id' | 'text' | 'status' | 'order'>;

/**
 * The actions the follow-up reviews: those the report had, in its order (with their text and status
 * now where they are still there), then those added since, in the list's order.
 */
export function followUpActionRows(
  then: readonly SnapshotAction[],
  now: readonly ActionNow[],
  reviews: FollowUp['actions'] | null | undefined,
): FollowUpActionRow[] {
  const nowById = new Map(now.map((a) => [a.id, a]));
  const review = (id: string) => reviews?.[id] ?? { outcome: null, note: '' };
  const rows: FollowUpActionRow[] = then.map((a) => {
    const current = nowById.get(a.id);
    return { text: current?.text ?? a.text, then: a.status, now: current?.status ?? null, ...review(a.id) };
  });
  const known = new Set(then.map((a) => a.id));
  for (const a of [...now].sort(byOrder)) if (!known.has(a.id)) rows.push({ text: a.text, then: null, now: a.status, ...review(a.id) });
  return rows;
}

const COLOUR_KEY: Record<Colour, PdfKey> = {
  unsorted: 'pdf.colour.unsorted',
  green: 'pdf.colour.green',
  yellow: 'pdf.colour.yellow',
  red: 'pdf.colour.red',
  black: 'pdf.colour.black',
};
const STATUS_KEY: Record<ActionStatus, PdfKey> = {
  notStarted: 'pdf.actionStatus.notStarted',
  inProgress: 'pdf.actionStatus.inProgress',
  done: 'pdf.actionStatus.done',
};
const OUTCOME_KEY: Record<ActionOutcome, FollowUpPdfKey> = {
  done: 'pdf.fu.outcome.done',
  ongoing: 'pdf.fu.outcome.ongoing',
  dropped: 'pdf.fu.outcome.dropped',
};
/** The board's colours in the bars' order; unsorted last, with work new since. */
const BAR_COLOURS = ['green', 'yellow', 'red', 'black', 'unsorted'] as const satisfies readonly Colour[];

/** A change in hours with its sign: "+2 h", "−4,5 h", "±0 h" (under a quarter hour either way). */
export function changeText(change: number, s: Pick<FollowUpStrings, 'hours'>): string {
  if (!Number.isFinite(change) || Math.abs(change) < 0.25) return `±${s.hours(0)}`;
  return `${change > 0 ? '+' : '\u2212'}${s.hours(Math.abs(change))}`;
}

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
const hasHours = (f: ComparisonFigures) => sum(f.then) > 0 || sum(f.now) > 0;

/** The follow-up document: a title block, the comparison, the new tasks, the actions, the notes. */
export function buildFollowUp(data: FollowUpDocData, s: FollowUpStrings): PdfDocument {
  const { analysis } = data;
  const pairs = [
    { key: s.t('pdf.field.unit'), value: analysis.unitName },
    { key: s.t('pdf.field.organisation'), value: analysis.organisation.trim() },
    { key: s.t('pdf.field.facilitator'), value: analysis.facilitator.trim() },
    { key: s.t('pdf.field.date'), value: s.date(data.today) },
    ...(data.snapshotTakenAt ? [{ key: s.t('pdf.fu.field.then'), value: s.t('pdf.fu.field.thenValue', { date: s.date(data.snapshotTakenAt) }) }] : []),
    ...(data.roundName !== null ? [{ key: s.t('pdf.fu.field.now'), value: data.roundName }] : []),
  ].filter((p) => p.value !== '');
  const blocks: Block[] = [
    ...(data.logo
      ? [
          {
            kind: 'image',
            image: data.logo,
            maxWidth: 140,
            maxHeight: 36,
            align: 'right',
            alt: s.t('pdf.cover.logo', { organisation: analysis.organisation.trim() }),
          } satisfies Block,
        ]
      : []),
    { kind: 'heading', level: 1, text: s.t('pdf.fu.title', { unit: analysis.unitName }) },
    { kind: 'paragraph', text: s.t('pdf.fu.subtitle'), style: 'muted' },
    { kind: 'keyValue', pairs },
    ...comparisonBlocks(data, s),
    ...actionBlocks(data.actions, s),
    ...notesBlocks(data.notes, s),
  ];
  return {
    title: s.t('pdf.fu.title', { unit: analysis.unitName }),
    header: analysis.unitName,
    footer: { pageLabel: (n, of) => s.t('pdf.pageLabel', { n, of }) },
    blocks,
  };
}

function comparisonBlocks(data: FollowUpDocData, s: FollowUpStrings): Block[] {
  const head: Block = { kind: 'heading', level: 2, text: s.t('pdf.fu.compare.title'), toc: true };
  const c = data.comparison;
  if (!c) {
    const why = data.snapshotTakenAt === null ? 'pdf.fu.noSnapshot' : 'pdf.fu.noRound';
    return [head, { kind: 'paragraph', text: s.t(why), style: 'muted' }];
  }
  const roles = c.roles.filter(hasHours);
  const smallNote = (d: FollowUpDocData): Block[] => [
    ...(d.leftOut && d.leftOut.roles.length > 0
      ? [{ kind: 'paragraph', text: s.t('pdf.fu.compare.small', { count: d.leftOut.threshold, roles: d.leftOut.roles.join(', ') }), style: 'muted' } as const]
      : []),
    ...(d.leftOut?.unanswered && d.leftOut.unanswered.length > 0
      ? [{ kind: 'paragraph', text: s.t('pdf.fu.compare.unanswered', { roles: d.leftOut.unanswered.join(', ') }), style: 'muted' } as const]
      : []),
  ];
  if (roles.length === 0) return [head, { kind: 'paragraph', text: s.t('pdf.fu.compare.none'), style: 'muted' }, ...smallNote(data)];
  const unsortedOrNew = (f: ComparisonFigures) => f.then.unsorted > 0 || f.now.unsorted > 0 || f.now.new > 0;
  const colours = BAR_COLOURS.filter((colour) => colour !== 'unsorted' || roles.some(unsortedOrNew));
  const withNew = roles.some((r) => r.now.new > 0);
  const withUnsorted = roles.some((r) => r.then.unsorted > 0 || r.now.unsorted > 0);
  const bar = (label: string, hours: Record<Colour, number>): BarRow => ({
    label,
    segments: colours.map((colour) => ({ value: hours[colour], colour, label: hours[colour] > 0 ? s.hours(hours[colour]) : '' })),
    total: s.hours(sum(hours)),
  });
  // Work new since has no colour then: it is drawn with the unsorted work, and counted in its own column.
  const nowHours = ({ now }: ComparisonFigures): Record<Colour, number> => ({
    green: now.green,
    yellow: now.yellow,
    red: now.red,
    black: now.black,
    unsorted: now.unsorted + now.new,
  });
  const bars: Block = {
    kind: 'bars',
    rows: roles.flatMap((r) => [bar(s.t('pdf.fu.bar.then', { role: r.name }), r.then), bar(s.t('pdf.fu.bar.now', { role: r.name }), nowHours(r))]),
    legend: colours.map((colour) => ({
      colour,
      label: colour === 'unsorted' && withNew ? s.t('pdf.fu.legend.unsortedNew') : s.t(COLOUR_KEY[colour]),
    })),
  };
  const figure = (n: number) => (n > 0 ? s.hours(n) : '–');
  const tableColours = BAR_COLOURS.filter((colour) => colour !== 'unsorted' || withUnsorted);
  const columns: TableColumn[] = [
    { title: s.t('pdf.col.role'), width: 2.6 },
    { title: s.t('pdf.fu.col.when'), width: 0.9 },
    ...tableColours.map((colour) => ({ title: s.t(COLOUR_KEY[colour]), width: colour === 'unsorted' ? 1.5 : 1.1, align: 'right' as const })),
    ...(withNew ? [{ title: s.t('pdf.fu.col.new'), width: 1.1, align: 'right' as const }] : []),
    { title: s.t('pdf.col.total'), width: 1.2, align: 'right' },
    { title: s.t('pdf.fu.col.redBlack'), width: 2.4, align: 'right' },
  ];
  const rowsOf = (name: string, f: ComparisonFigures): string[][] => [
    [
      name,
      s.t('pdf.fu.then'),
      ...tableColours.map((colour) => figure(f.then[colour])),
      ...(withNew ? [''] : []),
      figure(sum(f.then)),
      figure(f.then.red + f.then.black),
    ],
    [
      '',
      s.t('pdf.fu.now'),
      ...tableColours.map((colour) => figure(f.now[colour])),
      ...(withNew ? [figure(f.now.new)] : []),
      figure(sum(f.now)),
      `${figure(f.now.red + f.now.black)} (${changeText(f.redBlackChange, s)})`,
    ],
  ];
  const rows = roles.flatMap((r) => rowsOf(r.name, r));
  if (roles.length > 1) rows.push(...rowsOf(s.t('pdf.fu.total'), c.total));
  const t = c.total;
  const blocks: Block[] = [
    head,
    { kind: 'paragraph', text: s.t('pdf.fu.compare.intro') },
    {
      kind: 'paragraph',
      text: s.t('pdf.fu.compare.redBlack', {
        then: s.hours(t.then.red + t.then.black),
        now: s.hours(t.now.red + t.now.black),
        change: changeText(t.redBlackChange, s),
      }),
    },
    bars,
    { kind: 'table', columns, rows },
    ...smallNote(data),
  ];
  const newTasks = c.newTasks.filter((x) => x.hours > 0).sort((a, b) => b.hours - a.hours);
  if (newTasks.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: s.t('pdf.fu.newTasks.title') },
      { kind: 'paragraph', text: s.t('pdf.fu.newTasks.intro') },
      {
        kind: 'table',
        columns: [
          { title: s.t('pdf.col.task'), width: 6 },
          { title: s.t('pdf.fu.col.hoursNow'), width: 1.5, align: 'right' },
        ],
        rows: newTasks.map((x) => [x.title, s.hours(x.hours)]),
      },
    );
  }
  return blocks;
}

function actionBlocks(actions: readonly FollowUpActionRow[], s: FollowUpStrings): Block[] {
  if (actions.length === 0) return [];
  const count = (outcome: ActionOutcome) => actions.filter((a) => a.outcome === outcome).length;
  const statusThen = (a: FollowUpActionRow) => (a.then === null ? s.t('pdf.fu.action.added') : s.t(STATUS_KEY[a.then]));
  const outcome = (a: FollowUpActionRow) => {
    const word = a.outcome === null ? s.t('pdf.fu.outcome.none') : s.t(OUTCOME_KEY[a.outcome]);
    return a.now === null ? `${word} (${s.t('pdf.fu.action.deleted')})` : word;
  };
  // The heading stays with its table when the whole list fits a page.
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: s.t('pdf.fu.actions.title'), toc: true },
    {
      kind: 'paragraph',
      text: s.t('pdf.fu.actions.counts', { done: count('done'), ongoing: count('ongoing'), dropped: count('dropped'), total: actions.length }),
    },
    {
      kind: 'table',
      columns: [
        { title: s.t('pdf.col.action'), width: 4 },
        { title: s.t('pdf.fu.col.statusThen'), width: 1.8 },
        { title: s.t('pdf.fu.col.outcome'), width: 1.8 },
        { title: s.t('pdf.fu.col.note'), width: 4 },
      ],
      rows: actions.map((a) => [a.text, statusThen(a), outcome(a), a.note.trim()]),
    },
  ];
  return [{ kind: 'group', blocks }];
}

function notesBlocks(notes: string, s: FollowUpStrings): Block[] {
  if (notes.trim() === '') return [];
  return [{ kind: 'heading', level: 2, text: s.t('pdf.fu.notes.title'), toc: true }, ...markdownBlocks(notes, 3)];
}
