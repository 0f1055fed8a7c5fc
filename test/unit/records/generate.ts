/**
 * Generated analyses for property tests: every kind of record the registry
 * declares, with Swedish text, empty fields, links between them, and many
 * items. `KIND_GENERATORS` is keyed by kind, so a kind added to the registry
 * without a generator here does not compile.
 */
import fc from 'fast-check';
import { emptyRecord, type AnalysisRecord } from '../../../shared/exchange/format.ts';
import { itemKey, questionNoteId, responseId, stepId } from '../../../shared/records/ids.ts';
import type { ContentKind, LedgerKind, RecordOf } from '../../../shared/records/registry.ts';
import {
  ACTION_OUTCOMES,
  ACTION_STATUSES,
  ANCHOR_KEYS,
  COLOURS,
  CONTRACT_FORMS,
  DISCUSSION_LISTS,
  GENDERS,
  INFO_SLIDE_KEYS,
  MEETINGS,
  PAYERS,
  QUADRANTS,
  QUESTION_KEYS,
  REVIEW_OUTCOMES,
  STEP_KEYS,
  STEP_STATUSES,
  SURVEY_SOURCES,
  TIME_UNITS,
} from '../../../shared/vocabulary.ts';

const T = '2026-11-23T09:00:00.000Z';

/** Swedish words, empty text, quotes, newlines, an emoji and markup. */
const WORDS = [
  'Diska',
  'Planera',
  'undervisning',
  'åtgärd',
  'Ödmjuk',
  'färre',
  'avbrott',
  '"citat"',
  'semikolon;',
  'ny\nrad',
  '',
  '😀',
  'Ärende',
  '<b>fet</b>',
  'förbrukningsmaterial',
];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((w) => w.join(' ').trim());
const order = fc.constantFrom('a0', 'a1', 'a2', 'a3', 'Zz');
const rev = fc.integer({ min: 1, max: 9 });
const hours = fc.option(
  fc.integer({ min: 0, max: 80 }).map((h) => h / 2),
  { nil: null },
);
const date = fc.option(fc.constantFrom('2026-12-01', '2027-02-15', '2027-06-30'), { nil: null });

/** What the items of an analysis are built around: its id, and ids to draw links from. */
interface Ctx {
  a: string;
  id: (prefix: string) => string;
}

/** Unique ids within a generated analysis (and across analyses, by their own prefix). */
function ids(a: string) {
  let n = 0;
  return (prefix: string) => `${a}-${prefix}${++n}`;
}

type Lists = { [K in Exclude<ContentKind, 'analyses'>]: RecordOf<K>[] };
type Gen<K extends Exclude<ContentKind, 'analyses'>> = (ctx: Ctx, made: Partial<Lists>) => fc.Arbitrary<RecordOf<K>[]>;

/** A colour poll's spread, as phones give it. */
const pollCounts = fc.record({ green: fc.nat(9), yellow: fc.nat(9), red: fc.nat(9), black: fc.nat(9) });

const base = (ctx: Ctx, id: string) => ({ id, analysisId: ctx.a, updatedAt: T });

/** One generator per kind, in an order where what a kind links to is made before it. */
export const KIND_GENERATORS: { [K in Exclude<ContentKind, 'analyses'>]: Gen<K> } = {
  steps: (ctx) =>
    fc.tuple(
      ...STEP_KEYS.map((key) =>
        fc
          .record({ status: fc.constantFrom(...STEP_STATUSES), manual: fc.boolean(), date, notes: text, rev })
          .map((s) => ({ ...base(ctx, stepId(ctx.a, key)), key, ...s })),
      ),
    ),
  roles: (ctx) =>
    fc
      .uniqueArray(fc.constantFrom('Förskollärare', 'Barnskötare', 'Kock', 'Undersköterska', 'Vårdbiträde'), { minLength: 1, maxLength: 4 })
      .chain((names) =>
        fc.tuple(
          ...names.map((name) =>
            fc
              .record({ headcount: fc.integer({ min: 0, max: 30 }), fullTimeHours: fc.constantFrom(40, 38.25, 37), order, rev })
              .map((r) => ({ ...base(ctx, ctx.id('role')), name, ...r })),
          ),
        ),
      ),
  tasks: (ctx) =>
    fc.array(
      fc.record({ title: text, notes: text, rev, merged: fc.option(fc.constantFrom('gone-task', ''), { nil: undefined }) }).map(({ merged, ...t }) => ({
        ...base(ctx, ctx.id('task')),
        ...t,
        createdAt: T,
        ...(merged === undefined ? {} : { merged: merged === '' ? [] : [merged] }),
      })),
      { maxLength: 12 },
    ),
  placements: (ctx, made) =>
    fc
      .tuple(
        ...(made.tasks ?? []).flatMap((task) =>
          (made.roles ?? []).map((role) =>
            fc
              .option(fc.record({ colour: fc.constantFrom(...COLOURS), order, hours, rev, poll: fc.option(pollCounts, { nil: undefined }) }), { nil: null })
              .map((p) => {
                if (!p) return null;
                const { poll, ...rest } = p;
                return { ...base(ctx, ctx.id('pl')), taskId: task.id, roleId: role.id, ...rest, ...(poll === undefined ? {} : { poll }) };
              }),
          ),
        ),
      )
      .map((list) => list.filter((p) => p !== null)),
  questionNotes: (ctx) =>
    fc
      .subarray([...QUESTION_KEYS])
      .chain((qs) =>
        fc.tuple(...qs.map((question) => fc.record({ notes: text, rev }).map((n) => ({ ...base(ctx, questionNoteId(ctx.a, question)), question, ...n })))),
      ),
  timers: (ctx) =>
    fc
      .option(fc.record({ durationMs: fc.constantFrom(300_000, 600_000), remainingMs: fc.option(fc.constant(120_000), { nil: null }), rev }), { nil: null })
      .map((t) => (t ? [{ ...base(ctx, ctx.a), ...t, endsAt: null }] : [])),
  surveys: (ctx) =>
    fc
      .option(
        fc.record({
          smallRoles: fc.constantFrom('merge' as const, 'hide' as const),
          rev,
          unit: fc.constantFrom(...TIME_UNITS),
          contract: fc.boolean(),
          prompt: fc.option(fc.record({ quadrant: fc.constantFrom(...QUADRANTS), text }), { nil: null }),
          followUp: fc.boolean(),
        }),
        { nil: null },
      )
      .map((s) => {
        if (!s) return [];
        const { unit, contract, prompt, followUp, ...rest } = s;
        const rounds = [
          { id: 'r1', kind: 'first' as const, name: '', startedAt: T },
          ...(followUp ? [{ id: 'r2', kind: 'followUp' as const, name: 'Uppföljning', startedAt: T }] : []),
        ];
        return [
          {
            ...base(ctx, ctx.a),
            ...rest,
            rounds,
            round: followUp ? 'r2' : 'r1',
            questions: { unit, contract, mission: true, comments: !contract },
            swotPrompts: prompt ? [prompt] : [],
            frozen: null,
          },
        ];
      }),
  surveyImports: (ctx) =>
    fc.array(
      fc.record({ fileName: fc.constantFrom('enkät.csv', 'svar.xlsx'), respondents: fc.nat(50), replaced: fc.nat(5), rev }).map((i) => ({
        ...base(ctx, ctx.id('imp')),
        ...i,
        importedAt: T,
        report: {
          kind: 'csv' as const,
          encoding: 'utf-8-bom' as const,
          delimiter: ';' as const,
          decimalMark: 'comma' as const,
          shape: 'wide' as const,
          unit: 'hours' as const,
          ignored: [],
          skippedCells: 0,
        },
      })),
      { maxLength: 2 },
    ),
  surveyResponses: (ctx, made) =>
    fc.uniqueArray(fc.constantFrom('1', '2', '3', '#4', '17'), { maxLength: 4 }).chain((keys) =>
      fc.tuple(
        ...keys.map((key) =>
          fc
            .record({
              importId: fc.constantFrom(...(made.surveyImports ?? []).map((i) => i.id), 'gone-import', null),
              source: fc.constantFrom(...SURVEY_SOURCES),
              round: fc.constantFrom('r1', 'r2'),
              contractHours: fc.option(fc.constantFrom(30, 38.25, 40), { nil: null }),
              comment: text,
              role: fc.constantFrom('Kock', 'Barnskötare'),
              mission: text,
              rev,
            })
            .map((r) => ({
              ...base(ctx, responseId(ctx.a, key)),
              key,
              ...r,
              // A task of the analysis, and one deleted since (answers may name it).
              hours: [...(made.tasks ?? []).slice(0, 1).map((t) => ({ taskId: t.id, hours: 2.5 })), { taskId: 'gone-task', hours: 1 }],
            })),
        ),
      ),
    ),
  swotStacks: (ctx) =>
    fc.array(
      fc.record({ quadrant: fc.constantFrom(...QUADRANTS), name: text, order, rev }).map((s) => ({ ...base(ctx, ctx.id('stack')), ...s })),
      { maxLength: 2 },
    ),
  swotNotes: (ctx, made) =>
    fc.array(
      fc
        .record({
          quadrant: fc.constantFrom(...QUADRANTS),
          text,
          order,
          count: fc.integer({ min: 1, max: 4 }),
          votes: fc.nat(9),
          phoneDots: fc.option(fc.nat(9), { nil: undefined }),
          stackId: fc.option(fc.constantFrom(...(made.swotStacks ?? []).map((s) => s.id), 'x'), { nil: null }),
          rev,
        })
        .map(({ phoneDots, ...n }) => ({
          ...base(ctx, ctx.id('note')),
          ...n,
          ...(phoneDots === undefined ? {} : { phoneDots }),
          stackId: made.swotStacks?.some((s) => s.id === n.stackId) ? n.stackId : null,
          createdAt: T,
        })),
      { maxLength: 6 },
    ),
  voting: (ctx) =>
    fc
      .option(fc.record({ dotsPerPerson: fc.integer({ min: 1, max: 5 }), participants: fc.nat(40), rev }), { nil: null })
      .map((v) => (v ? [{ ...base(ctx, ctx.a), ...v }] : [])),
  discussion: (ctx, made) =>
    fc.array(
      fc
        .record({ list: fc.constantFrom(...DISCUSSION_LISTS), text, order, noteIds: fc.subarray((made.swotNotes ?? []).map((n) => n.id)), rev })
        .map((d) => ({ ...base(ctx, ctx.id('disc')), ...d })),
      { maxLength: 3 },
    ),
  actions: (ctx, made) => {
    const links = [
      ...(made.swotNotes ?? []).map((n) => ({ kind: 'note' as const, id: n.id })),
      ...(made.tasks ?? []).map((t) => ({ kind: 'task' as const, id: t.id })),
    ];
    return fc.array(
      fc
        .record({
          text,
          owner: text,
          due: date,
          status: fc.constantFrom(...ACTION_STATUSES),
          link: links.length > 0 ? fc.option(fc.constantFrom(...links), { nil: null }) : fc.constant(null),
          order,
          rev,
        })
        .map((x) => ({ ...base(ctx, ctx.id('act')), ...x, createdAt: T })),
      { maxLength: 3 },
    );
  },
  newRoles: (ctx) =>
    fc.array(
      fc
        .record({
          name: text,
          purpose: text,
          fullTimeHours: fc.constantFrom(40, 37),
          contract: fc.option(fc.constantFrom(...CONTRACT_FORMS), { nil: null }),
          monthlyCost: fc.option(fc.constant(27_500), { nil: null }),
          payer: fc.option(fc.option(fc.constantFrom(...PAYERS), { nil: null }), { nil: undefined }),
          lowersPosts: fc.option(fc.option(fc.boolean(), { nil: null }), { nil: undefined }),
          skills: text,
          training: text,
          adaptations: text,
          supervision: text,
          order,
          rev,
        })
        .map(({ payer, lowersPosts, ...r }) => ({
          ...base(ctx, ctx.id('nr')),
          ...r,
          ...(payer === undefined ? {} : { payer }),
          ...(lowersPosts === undefined ? {} : { lowersPosts }),
          createdAt: T,
        })),
      { maxLength: 2 },
    ),
  roleParts: (ctx, made) =>
    fc
      .tuple(
        ...(made.newRoles ?? []).flatMap((role) =>
          (made.placements ?? [])
            .slice(0, 3)
            .map((p) =>
              fc
                .option(fc.record({ hours: fc.option(fc.constant(1.5), { nil: null }), order, rev }), { nil: null })
                .map((x) => (x ? { ...base(ctx, ctx.id('part')), newRoleId: role.id, placementId: p.id, ...x } : null)),
            ),
        ),
      )
      .map((list) => list.filter((p) => p !== null)),
  staffing: (ctx, made) =>
    fc
      .option(fc.subarray((made.roles ?? []).map((r) => r.id)), { nil: null })
      .map((roleIds) =>
        roleIds
          ? [{ ...base(ctx, ctx.a), rev: 1, roles: Object.fromEntries(roleIds.map((id, i) => [id, { posts: i % 2 === 0 ? null : 4.5, monthlyCost: 31_000 }])) }]
          : [],
      ),
  extraFlags: (ctx, made) =>
    fc.option(fc.subarray((made.tasks ?? []).map((t) => t.id)), { nil: null }).map((taskIds) => (taskIds ? [{ ...base(ctx, ctx.a), rev: 2, taskIds }] : [])),
  agendas: (ctx) =>
    fc
      .option(fc.record({ title: text, notes: text, minutes: fc.integer({ min: 1, max: 60 }) }), { nil: null })
      .map((item) => (item ? [{ ...base(ctx, ctx.a), rev: 3, workshop1: [{ id: ctx.id('ag'), ...item }], workshop2: [], current: null }] : [])),
  infoMeetings: (ctx) =>
    fc
      .option(
        fc.record({
          slides: fc.array(
            fc.record({
              key: fc.constantFrom(...INFO_SLIDE_KEYS, 'custom' as const),
              hidden: fc.boolean(),
              title: fc.option(text, { nil: null }),
              body: fc.option(text, { nil: null }),
              notes: fc.option(text, { nil: null }),
            }),
            { maxLength: 3 },
          ),
          contact: text,
          rev,
        }),
        { nil: null },
      )
      .map((m) => (m ? [{ ...base(ctx, ctx.a), ...m, slides: m.slides.map((slide) => ({ id: ctx.id('slide'), ...slide })) }] : [])),
  anchoring: (ctx, made) =>
    fc
      .option(
        fc.record({
          entries: fc.dictionary(fc.constantFrom(...ANCHOR_KEYS), fc.record({ done: fc.boolean(), date, by: text, note: text }), { maxKeys: 3 }),
          attendance: fc.array(
            fc.record({
              meeting: fc.constantFrom(...MEETINGS),
              roleId: fc.constantFrom(...(made.roles ?? []).map((r) => r.id)),
              count: fc.integer({ min: 0, max: 40 }),
            }),
            { maxLength: 3 },
          ),
          rev,
        }),
        { nil: null },
      )
      .map((a) => (a ? [{ ...base(ctx, ctx.a), ...a, attendance: a.attendance.map((row) => ({ id: ctx.id('att'), ...row })) }] : [])),
  reportTexts: (ctx, made) =>
    fc.option(fc.record({ summary: text, conclusions: text, recommendations: text, mission: text, rev }), { nil: null }).map((r) => {
      if (!r) return [];
      const { mission, ...rest } = r;
      const first = made.roles?.[0];
      return [{ ...base(ctx, ctx.a), ...rest, coreMissions: first ? { [first.id]: mission } : {} }];
    }),
  logos: (ctx) =>
    fc
      .option(fc.record({ type: fc.constantFrom('image/png' as const, 'image/jpeg' as const), rev }), { nil: null })
      // A 1×1 PNG: what is stored is the picture's bytes as base64.
      .map((l) =>
        l
          ? [
              {
                ...base(ctx, ctx.a),
                ...l,
                data: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
                width: 1,
                height: 1,
              },
            ]
          : [],
      ),
  boardSnapshots: (ctx, made) =>
    fc.option(fc.record({ rev, round: fc.option(fc.constant('r1'), { nil: null }) }), { nil: null }).map((x) => {
      if (!x) return [];
      const roles = (made.roles ?? []).map((r) => ({ id: r.id, name: r.name, headcount: r.headcount }));
      const tasks = (made.tasks ?? []).map((t) => ({ id: t.id, title: t.title }));
      const cells = (made.placements ?? []).map((p) => ({ taskId: p.taskId, roleId: p.roleId, colour: p.colour, hours: p.hours }));
      const actions = (made.actions ?? []).map((a) => ({ id: a.id, text: a.text, status: a.status }));
      return [{ ...base(ctx, ctx.a), ...x, takenAt: T, roles, tasks, cells, actions }];
    }),
  followUps: (ctx, made) =>
    fc
      .option(
        fc.record({
          rev,
          notes: text,
          reviews: fc.array(fc.record({ outcome: fc.option(fc.constantFrom(...ACTION_OUTCOMES), { nil: null }), note: text }), { maxLength: 3 }),
        }),
        { nil: null },
      )
      .map((f) => {
        if (!f) return [];
        const ids = (made.actions ?? []).map((a) => a.id);
        const actions = Object.fromEntries(f.reviews.flatMap((r, i) => (ids[i] === undefined ? [] : [[ids[i], r] as const])));
        return [{ ...base(ctx, ctx.a), rev: f.rev, round: null, notes: f.notes, actions }];
      }),
  hires: (ctx, made) =>
    fc
      .tuple(
        ...(made.newRoles ?? []).slice(0, 2).map((role) =>
          fc
            .array(
              fc.record({
                startDate: date,
                contract: fc.option(fc.constantFrom(...CONTRACT_FORMS), { nil: null }),
                wageSubsidy: fc.option(fc.boolean(), { nil: null }),
                priorityGroup: fc.option(fc.boolean(), { nil: null }),
                gender: fc.constantFrom(...GENDERS),
                employer: fc.option(fc.constantFrom(...PAYERS), { nil: null }),
                outcome: fc.option(fc.constantFrom(...REVIEW_OUTCOMES), { nil: null }),
                salary: fc.option(fc.constant(26_500), { nil: null }),
                order,
                rev,
              }),
              { maxLength: 2 },
            )
            .map((people) =>
              people.map(({ outcome, salary, ...p }) => ({
                ...base(ctx, ctx.id('hire')),
                ...p,
                newRoleId: role.id,
                createdAt: T,
                review6: { heldOn: outcome ? '2027-06-30' : null, outcome, note: '' },
                review12: { heldOn: null, outcome: null, note: '' },
                ...(salary === null
                  ? {}
                  : {
                      estimate: {
                        monthlySalary: salary,
                        onCostPercent: 31.42,
                        payers: ['labourMarket' as const, 'unit' as const, null],
                        subsidyPercent: [80, 50, null],
                        incomeSupport: 9_000,
                        dailyActivity: null,
                      },
                    }),
              })),
            ),
        ),
      )
      .map((lists) => lists.flat()),
};

const LEDGER: { [K in LedgerKind]: (ctx: Ctx, r: AnalysisRecord) => fc.Arbitrary<RecordOf<K>[]> } = {
  tombstones: (ctx) =>
    fc
      .array(
        fc.constantFrom('tasks' as const, 'swotNotes' as const).map((table) => ({ table, itemId: ctx.id('gone') })),
        { maxLength: 2 },
      )
      .map((list) => list.map(({ table, itemId }) => ({ ...base(ctx, itemKey(table, itemId)), rev: 4, table, itemId }))),
  keptVersions: (ctx, r) =>
    fc.constant(
      r.tasks.slice(0, 1).map((task) => ({
        ...base(ctx, ctx.id('kept')),
        rev: 1,
        table: 'tasks' as const,
        itemId: task.id,
        version: { ...task, title: `${task.title} förr` },
        from: 'file' as const,
        fileName: 'Solen.akr.json',
        keptAt: T,
        restoredAt: null,
      })),
    ),
  exchanges: () => fc.constant([]),
};

/** One generated analysis holding every kind, its id drawn from `seedId`. */
export function analysisRecord(seedId: string): fc.Arbitrary<AnalysisRecord> {
  const ctx: Ctx = { a: seedId, id: ids(seedId) };
  const analysis = fc
    .record({ unitName: text.map((t) => t || 'Enheten'), organisation: text, facilitator: text, example: fc.boolean() })
    .map((f) => ({ id: seedId, rev: 2, updatedAt: T, createdAt: T, deletedAt: null, ...f }));
  let arb: fc.Arbitrary<AnalysisRecord> = analysis.map((a) => emptyRecord(a));
  for (const kind of Object.keys(KIND_GENERATORS) as (keyof typeof KIND_GENERATORS)[]) {
    arb = arb.chain((r) => (KIND_GENERATORS[kind] as Gen<typeof kind>)(ctx, r).map((items) => ({ ...r, [kind]: items })));
  }
  for (const kind of Object.keys(LEDGER) as LedgerKind[]) {
    arb = arb.chain((r) => (LEDGER[kind] as (c: Ctx, r: AnalysisRecord) => fc.Arbitrary<unknown[]>)(ctx, r).map((items) => ({ ...r, [kind]: items })));
  }
  return arb;
}
