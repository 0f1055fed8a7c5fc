/**
 * The final report's own texts: the facilitator's summary, conclusions and recommendations, the
 * core-mission summary per role beside the survey's answers, and the decision trail with the
 * attendance per meeting. Pure builders of `Block`s that `buildReport` (content.ts) places, one
 * line each; a section with nothing in it is left out.
 *
 * The facilitator's text is the Markdown subset of shared/markdown.ts: headings, lists and
 * paragraphs become blocks of their own, bold and italic words become text runs (`TextRun`).
 */
import type { RoleMissions } from '../coreMissions.ts';
import { parseMarkdown } from '../markdown.ts';
import type { Role } from '../model.ts';
import type { RecordOf } from '../records/registry.ts';
import { ANCHOR_KEYS, MEETINGS, type AnchorKey, type Meeting } from '../vocabulary.ts';
import { byOrder } from '../items.ts';
import type { Block, TableColumn } from './document.ts';
import { hasEmphasis, plainOf, toRuns } from './runs.ts';

/** The words these sections need: the report's strings (content.ts `PdfStrings`) give them. */
export interface ReportTextStrings {
  t(key: ReportTextKey, values?: Record<string, string | number>): string;
  number(n: number, maxDecimals?: number): string;
  date(isoOrDate: string): string;
}

/** The texts these sections use; the dictionaries (renderer/i18n/report.*.ts) hold them besides PDF_KEYS. */
export const REPORT_TEXT_KEYS = [
  'pdf.rt.summary',
  'pdf.rt.conclusions',
  'pdf.rt.recommendations',
  'pdf.rt.coreMissions',
  'pdf.rt.coreMissionsIntro',
  'pdf.rt.answers',
  'pdf.rt.answerCount',
  'pdf.rt.answersHidden',
  'pdf.rt.trail',
  'pdf.rt.trailIntro',
  'pdf.rt.col.item',
  'pdf.rt.col.done',
  'pdf.rt.col.date',
  'pdf.rt.col.by',
  'pdf.rt.col.note',
  'pdf.rt.yes',
  'pdf.rt.no',
  'pdf.rt.anchor.manager',
  'pdf.rt.anchor.hr',
  'pdf.rt.anchor.unionInformed',
  'pdf.rt.anchor.unionConsulted',
  'pdf.rt.anchor.safetyRep',
  'pdf.rt.anchor.riskAssessment',
  'pdf.rt.attendance',
  'pdf.rt.attendanceIntro',
  'pdf.rt.col.role',
  'pdf.rt.col.total',
  'pdf.rt.meeting.info',
  'pdf.rt.meeting.workshop1',
  'pdf.rt.meeting.workshop2',
  'pdf.rt.meeting.followUp',
] as const;
export type ReportTextKey = (typeof REPORT_TEXT_KEYS)[number];

export type ReportTexts = RecordOf<'reportTexts'>;
export type Anchoring = RecordOf<'anchoring'>;

/** What these sections are built from; part of `ReportData`, each absent or null when there is none. */
export interface ReportTextData {
  /** The facilitator's summary, conclusions, recommendations and core-mission summaries. */
  reportTexts?: ReportTexts | null;
  /** The decision trail and the attendance per meeting. */
  anchoring?: Anchoring | null;
  /** Per role, the survey's core-mission answers the report may show (shared/coreMissions.ts). */
  coreMissions?: readonly RoleMissions[];
}

const ANCHOR_KEY: Record<AnchorKey, ReportTextKey> = {
  manager: 'pdf.rt.anchor.manager',
  hr: 'pdf.rt.anchor.hr',
  unionInformed: 'pdf.rt.anchor.unionInformed',
  unionConsulted: 'pdf.rt.anchor.unionConsulted',
  safetyRep: 'pdf.rt.anchor.safetyRep',
  riskAssessment: 'pdf.rt.anchor.riskAssessment',
};
const MEETING_KEY: Record<Meeting, ReportTextKey> = {
  info: 'pdf.rt.meeting.info',
  workshop1: 'pdf.rt.meeting.workshop1',
  workshop2: 'pdf.rt.meeting.workshop2',
  followUp: 'pdf.rt.meeting.followUp',
};

const plain = plainOf;

/**
 * The facilitator's text as blocks. Its headings sit under the section's own: a `#` heading
 * becomes level `top`, deeper ones one level lower (never deeper than 3); they stay out of the
 * table of contents, which lists the report's sections.
 */
export function markdownBlocks(text: string, top: 2 | 3 = 2): Block[] {
  return parseMarkdown(text).map((b): Block => {
    switch (b.kind) {
      case 'heading':
        return { kind: 'heading', level: b.level === 1 ? top : 3, text: plain(b.text) };
      case 'paragraph':
        return hasEmphasis(b.text) ? { kind: 'paragraph', text: plain(b.text), runs: toRuns(b.text) } : { kind: 'paragraph', text: plain(b.text) };
      case 'list': {
        const items = b.items.map(plain);
        const rich = b.items.some(hasEmphasis);
        return { kind: 'list', items, ...(rich ? { runs: b.items.map(toRuns) } : {}), ...(b.ordered ? { ordered: true } : {}) };
      }
    }
  });
}

/** A section of the facilitator's text under its heading, or nothing when the text is blank. */
function textSection(key: ReportTextKey, text: string | undefined, s: ReportTextStrings): Block[] {
  const blocks = markdownBlocks(text ?? '');
  return blocks.length === 0 ? [] : [{ kind: 'heading', level: 1, text: s.t(key), toc: true }, ...blocks];
}

/** The facilitator's summary: the report's first section, right after the contents. */
export function summarySection(data: ReportTextData, s: ReportTextStrings): Block[] {
  return textSection('pdf.rt.summary', data.reportTexts?.summary, s);
}

/** The facilitator's conclusions and recommendations, near the end. */
export function conclusionsSection(data: ReportTextData, s: ReportTextStrings): Block[] {
  return [
    ...textSection('pdf.rt.conclusions', data.reportTexts?.conclusions, s),
    ...textSection('pdf.rt.recommendations', data.reportTexts?.recommendations, s),
  ];
}

/**
 * The core mission per role: the facilitator's summary, and the survey's answers grouped and
 * counted where the role may be shown. A role with neither is left out; so is the section.
 */
export function coreMissionsSection(data: ReportTextData & { roles: readonly Role[] }, s: ReportTextStrings): Block[] {
  const written = data.reportTexts?.coreMissions ?? {};
  const missions = new Map((data.coreMissions ?? []).map((m) => [m.roleId, m]));
  const parts = [...data.roles].sort(byOrder).flatMap((role): Block[] => {
    const summary = markdownBlocks(written[role.id] ?? '', 3);
    const m = missions.get(role.id);
    const answers: Block[] =
      m?.state === 'shown' && m.answers.length > 0
        ? [
            { kind: 'paragraph', text: s.t('pdf.rt.answers', { count: m.respondents }), style: 'muted' },
            { kind: 'list', items: m.answers.map((a) => (a.count > 1 ? `${a.text} ${s.t('pdf.rt.answerCount', { count: a.count })}` : a.text)) },
          ]
        : [];
    if (summary.length === 0 && answers.length === 0) return [];
    const hidden: Block[] = m?.state === 'hidden' ? [{ kind: 'paragraph', text: s.t('pdf.rt.answersHidden'), style: 'muted' }] : [];
    return [{ kind: 'heading', level: 2, text: role.name }, ...summary, ...answers, ...hidden];
  });
  if (parts.length === 0) return [];
  return [{ kind: 'heading', level: 1, text: s.t('pdf.rt.coreMissions'), toc: true }, { kind: 'paragraph', text: s.t('pdf.rt.coreMissionsIntro') }, ...parts];
}

/** The decision trail (what was done, when, by whom) and the attendance per meeting and role. */
export function anchoringSection(data: ReportTextData & { roles: readonly Role[] }, s: ReportTextStrings): Block[] {
  const a = data.anchoring;
  if (!a) return [];
  const col = (title: string, width: number, align?: 'right'): TableColumn => (align ? { title, width, align } : { title, width });
  const rows = ANCHOR_KEYS.flatMap((key) => {
    const e = a.entries[key];
    if (!e || (!e.done && e.date === null && e.by.trim() === '' && e.note.trim() === '')) return [];
    return [[s.t(ANCHOR_KEY[key]), s.t(e.done ? 'pdf.rt.yes' : 'pdf.rt.no'), e.date ? s.date(e.date) : '', e.by.trim(), e.note.trim()]];
  });
  const trail: Block[] =
    rows.length > 0
      ? [
          { kind: 'paragraph', text: s.t('pdf.rt.trailIntro') },
          {
            kind: 'table',
            columns: [
              col(s.t('pdf.rt.col.item'), 3.4),
              col(s.t('pdf.rt.col.done'), 1),
              col(s.t('pdf.rt.col.date'), 1.7),
              col(s.t('pdf.rt.col.by'), 2),
              col(s.t('pdf.rt.col.note'), 3.4),
            ],
            rows,
          },
        ]
      : [];
  const attendance = attendanceBlocks(a, data.roles, s);
  if (trail.length === 0 && attendance.length === 0) return [];
  return [{ kind: 'heading', level: 1, text: s.t('pdf.rt.trail'), toc: true }, ...trail, ...attendance];
}

function attendanceBlocks(a: Anchoring, roles: readonly Role[], s: ReportTextStrings): Block[] {
  const sorted = [...roles].sort(byOrder);
  const count = (meeting: Meeting, roleId: string) => a.attendance.filter((x) => x.meeting === meeting && x.roleId === roleId).reduce((n, x) => n + x.count, 0);
  const meetings = MEETINGS.filter((m) => sorted.some((r) => count(m, r.id) > 0));
  const withCounts = sorted.filter((r) => meetings.some((m) => count(m, r.id) > 0));
  if (meetings.length === 0) return [];
  const total = (m: Meeting) => withCounts.reduce((n, r) => n + count(m, r.id), 0);
  return [
    { kind: 'heading', level: 2, text: s.t('pdf.rt.attendance') },
    { kind: 'paragraph', text: s.t('pdf.rt.attendanceIntro') },
    {
      kind: 'table',
      columns: [{ title: s.t('pdf.rt.col.role'), width: 3 }, ...meetings.map((m) => ({ title: s.t(MEETING_KEY[m]), width: 1.6, align: 'right' as const }))],
      rows: withCounts.map((r) => [r.name, ...meetings.map((m) => String(count(m, r.id)))]),
      ...(withCounts.length > 1 ? { footer: [s.t('pdf.rt.col.total'), ...meetings.map((m) => String(total(m)))] } : {}),
    },
  ];
}
