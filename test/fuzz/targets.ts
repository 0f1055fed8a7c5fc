/**
 * Every reader of files from outside, as a fuzz target: its inputs (grown
 * from the fixtures) and what it does with one. A target's `run` resolves to
 * 'accepted' or 'refused' (the reader's typed refusal); anything else it
 * throws is a defect, and so is a refused input that changed the database.
 * A new reader joins by one entry in TARGETS; the unit suite
 * (test/unit/shared/exchange/fuzz.test.ts) and `npm run fuzz` (run.ts) both
 * take the list.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { analysisRecord } from '../unit/records/generate.ts';
import { snapshot } from './dbSnapshot.ts';
import { mutatedBytes, mutatedJson, type FuzzInput } from './mutate.ts';
import { openDb, type AkrDb } from '../../renderer/db/db.ts';
import { exchangeRepository } from '../../renderer/db/exchangeRepository.ts';
import { readSurveyFile, SurveyFileError } from '../../renderer/survey/readSurveyFile.ts';
import { AppError } from '../../shared/errors.ts';
import { serialize, type AnalysisRecord } from '../../shared/exchange/format.ts';
import { buildExport } from '../../shared/exchange/export.ts';
import { restoreFile } from '../../shared/exchange/restore.ts';
import { FILE_KIND_NAMES } from '../../shared/records/registry.ts';
import { buildSurvey } from '../../shared/survey/build.ts';
import { guessMapping, mappingProblems } from '../../shared/survey/mapping.ts';
import { planSwotImport } from '../../shared/swot.ts';
import { policyFromBytes } from '../../electron/policy.ts';
import { LIMITS } from '../../shared/limits.ts';
import { DEFAULT_SETTINGS } from '../../shared/model.ts';
import { effectiveSettings } from '../../shared/policy.ts';
import { readPolicy } from '../../shared/policyFile.ts';
import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { readBody, readJoin, readSubmission } from '../../electron/room/requests.ts';
import { checkSubmission, toDelivered } from '../../shared/room/check.ts';
import { deliveredSchema, REFUSALS, type Refusal } from '../../shared/room/protocol.ts';
import { answer, DOTS, note, POLL, SURVEY, SWOT } from '../unit/room/harness.ts';

export type Outcome = 'accepted' | 'refused';

export interface FuzzTarget {
  name: string;
  /** Runs of the property in `npm test` (fixed seed): together they keep the unit run short. */
  runs: number;
  input: () => fc.Arbitrary<FuzzInput>;
  run: (input: FuzzInput) => Promise<Outcome>;
  /** Why the target is left out of `npm test` (it fails on an input written down here), or absent. */
  skip?: string;
}

const FIXTURES = new URL('../fixtures/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const encoder = new TextEncoder();
const NOW = '2026-12-04T12:00:00.000Z';

// ---- the analysis file and the merge ----

/** Generated analyses holding every kind, drawn once with fixed seeds. */
const sample = (id: string, seed: number): AnalysisRecord => {
  const [r] = fc.sample(
    analysisRecord(id).filter((x) => x.tasks.length > 0 && x.placements.length > 0),
    { seed, numRuns: 1 },
  );
  if (!r) throw new Error('no sample');
  return r;
};
const A = 'fuzz-a';
const B = 'fuzz-b';
const C = 'fuzz-c';
let records: { a: AnalysisRecord; b: AnalysisRecord; c: AnalysisRecord } | undefined;
const analyses = () => (records ??= { a: sample(A, 11), b: sample(B, 12), c: sample(C, 13) });
const fileText = (rs: AnalysisRecord[], machine = 'm-other') =>
  serialize(buildExport(rs, { exportedAt: NOW, appVersion: 'fuzz', machine, includePersonal: true }));

/** Analysis files to grow inputs from: this machine's A, A with C, A as edited elsewhere, and a real file of every earlier format version. */
function exchangeSeeds(): { name: string; text: string }[] {
  const { a, c } = analyses();
  const edited = { ...a, tasks: a.tasks.map((t) => ({ ...t, title: `${t.title} ändrad`, rev: t.rev + 1 })) };
  return [
    { name: 'a.akr.json', text: fileText([a]) },
    { name: 'ac.akr.json', text: fileText([a, c]) },
    { name: 'edited.akr.json', text: fileText([edited], 'm-third') },
    ...[1, 2, 3, 4].map((v) => ({ name: `format-v${v}.akr.json`, text: new TextDecoder().decode(fixture(`files/format-v${v}.akr.json`)) })),
  ];
}

/** Every id of B by kind (tombstones under their own name): what a crafted file for A could borrow. */
function foreignIds(): Record<string, string[]> {
  const { b } = analyses();
  return Object.fromEntries(FILE_KIND_NAMES.map((k) => [k, (k === 'analyses' ? [b.analysis] : (b[k] as { id: string }[])).map((item) => item.id)]));
}

const exchangeInputs = () => {
  const seeds = exchangeSeeds();
  return fc.oneof(mutatedJson(seeds, foreignIds()), mutatedBytes(seeds.map((s) => ({ name: s.name, bytes: encoder.encode(s.text) }))));
};

/** The reader alone: a file is read or refused with its typed error, never anything else. */
async function restoreTarget(input: FuzzInput): Promise<Outcome> {
  const result = restoreFile(new TextDecoder().decode(input.bytes));
  if (result.ok) return 'accepted';
  if (typeof result.error.code !== 'string') throw new Error(`untyped refusal ${JSON.stringify(result.error)}`);
  return 'refused';
}

/** A machine holding A and B, made once per run of the fuzzer (imports that succeed change A; that is fine). */
let machine: Promise<{ db: AkrDb; repo: ReturnType<typeof exchangeRepository> }> | undefined;
async function theMachine() {
  machine ??= (async () => {
    const db = openDb({ name: `akr-fuzz-${crypto.randomUUID()}` });
    let n = 0;
    const repo = exchangeRepository(
      db,
      () => NOW,
      () => `fuzz-id-${++n}`,
    );
    const { a, b } = analyses();
    const restored = restoreFile(fileText([a, b]));
    if (!restored.ok) throw new Error(`seed file refused: ${JSON.stringify(restored.error)}`);
    await repo.apply(restored.file, 'seed.akr.json');
    return { db, repo };
  })();
  return machine;
}

const withoutExchanges = (r: AnalysisRecord | undefined) => r && { ...r, exchanges: [] };

/**
 * The merge: a file the reader accepts is previewed and imported. Refused
 * (by the reader, or by the merge with its typed error) means the database
 * is as before; accepted means B, which the file does not name, is as
 * before, and everything here still makes a file the reader accepts.
 */
async function mergeTarget(input: FuzzInput): Promise<Outcome> {
  const { db, repo } = await theMachine();
  const before = await snapshot(db);
  const restored = restoreFile(new TextDecoder().decode(input.bytes));
  if (!restored.ok) {
    if (!isDeepStrictEqual(await snapshot(db), before)) throw new Error('a file the reader refused changed the database');
    return 'refused';
  }
  const [bBefore] = await repo.records([B]);
  await repo.preview(restored.file, input.name);
  try {
    await repo.apply(restored.file, input.name);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'foreignItem')) throw error;
    if (!isDeepStrictEqual(await snapshot(db), before)) throw new Error('a refused import changed the database');
    return 'refused';
  }
  if (!restored.file.analyses.some((r) => r.analysis.id === B)) {
    const [bAfter] = await repo.records([B]);
    if (!isDeepStrictEqual(withoutExchanges(bAfter), withoutExchanges(bBefore))) throw new Error('an import for other analyses changed analysis B');
  }
  const again = restoreFile(serialize(await repo.exportFile(undefined, { appVersion: 'fuzz', includePersonal: true })));
  if (!again.ok) throw new Error(`after the import, the analyses no longer make a file the reader accepts: ${JSON.stringify(again.error)}`);
  return 'accepted';
}

// ---- the survey and SWOT readers ----

/** A File-like stand-in, as the importers take it. */
const fileOf = ({ name, bytes }: FuzzInput) => ({
  name,
  size: bytes.byteLength,
  arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer),
});

/** Text in every encoding the survey reader knows: UTF-8 with and without BOM, UTF-16 LE and BE with BOM, Windows-1252. */
function encodings(name: string, text: string): FuzzInput[] {
  const utf8 = encoder.encode(text);
  const utf16 = (bigEndian: boolean) => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
      out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    }
    return out;
  };
  // Latin-1 is Windows-1252 outside 0x80–0x9f; what neither has becomes '?'.
  const cp1252 = Uint8Array.from(text, (ch) => (ch.charCodeAt(0) < 0x100 ? ch.charCodeAt(0) : 0x3f));
  return [
    { name, bytes: utf8 },
    { name, bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]) },
    { name, bytes: utf16(false) },
    { name, bytes: utf16(true) },
    { name, bytes: cp1252 },
  ];
}

const textOf = (name: string) => new TextDecoder().decode(fixture(name)).replace(/^\uFEFF/, '');

/** Reads a survey file as the import dialog does: the table, the guessed columns, the answers built from them. */
async function surveyTarget(input: FuzzInput): Promise<Outcome> {
  let table;
  try {
    ({ table } = await readSurveyFile(fileOf(input)));
  } catch (error) {
    if (error instanceof SurveyFileError) return 'refused';
    throw error;
  }
  const mapping = guessMapping(table);
  mappingProblems(mapping);
  buildSurvey(table, mapping, () => 40);
  return 'accepted';
}

/** Reads a SWOT survey export as the SWOT import does. */
async function swotTarget(input: FuzzInput): Promise<Outcome> {
  let table;
  try {
    ({ table } = await readSurveyFile(fileOf(input)));
  } catch (error) {
    if (error instanceof SurveyFileError) return 'refused';
    throw error;
  }
  planSwotImport(table);
  return 'accepted';
}

// ---- the policy file ----

/** The IT guide's example, as written for Windows and with a POSIX sync folder, and a policy with every key unlocked. */
function policySeeds(): { name: string; text: string }[] {
  const example = textOf('policy/policy.json');
  return [
    { name: 'policy.json', text: example },
    { name: 'posix.json', text: example.replace('\\\\\\\\filserver\\\\akr$\\\\analyser', '/srv/akr') },
    {
      name: 'unlocked.json',
      text: JSON.stringify({
        organisation: { value: 'Göteborgs Stad' },
        language: { value: 'en' },
        minPrivacyThreshold: { value: 7 },
        exportPersonalData: { value: true },
      }),
    },
  ];
}

/**
 * The policy file's bytes as main reads them (decoding, the shared reader,
 * the sync folder's path): a policy, or the typed refusal, never a throw. A
 * policy read is one the reader reads again the same from its own JSON, and
 * whatever it sets keeps the privacy threshold within its bounds.
 */
async function policyTarget(input: FuzzInput): Promise<Outcome> {
  const result = policyFromBytes(input.bytes);
  if (result.status === 'ignored') {
    if (typeof result.reason !== 'string' || result.reason === '') throw new Error('a refusal without a reason');
    return 'refused';
  }
  if (result.status !== 'read') throw new Error(`unexpected outcome ${JSON.stringify(result)}`);
  const again = readPolicy(JSON.stringify(result.policy));
  if (!again.ok || !isDeepStrictEqual(again.policy, result.policy))
    throw new Error(`a policy read does not read back the same: ${JSON.stringify(result.policy)}`);
  for (const stored of [null, { ...DEFAULT_SETTINGS, privacyThreshold: LIMITS.privacyThresholdMin }]) {
    const { privacyThreshold } = effectiveSettings(stored, result.policy);
    if (!Number.isInteger(privacyThreshold) || privacyThreshold < LIMITS.privacyThresholdMin || privacyThreshold > LIMITS.privacyThresholdMax) {
      throw new Error(`threshold ${privacyThreshold} out of bounds`);
    }
  }
  return 'accepted';
}

const policyInputs = () => {
  const seeds = policySeeds();
  return fc.oneof(mutatedJson(seeds, {}), mutatedBytes(seeds.flatMap((s) => encodings(s.name, s.text))));
};

// ---- the room's requests ----

/** A phone's bodies to grow inputs from: each kind of submission, and the short code. */
function roomSeeds(): { name: string; text: string }[] {
  return [
    { name: 'survey.json', text: JSON.stringify(answer({ id: 'seed-survey-1', comment: '' })) },
    { name: 'note.json', text: JSON.stringify(note('<b>Bra</b> kollegor', { id: 'seed-note-1' })) },
    { name: 'dots.json', text: JSON.stringify({ id: 'seed-dots-1', activityId: 'act-dots', kind: 'dots', voter: 'voter-seed-1', noteIds: ['n1', 'n2'] }) },
    { name: 'poll.json', text: JSON.stringify({ id: 'seed-poll-1', activityId: 'act-poll', kind: 'poll', voter: 'voter-seed-1', colour: 'red' }) },
    { name: 'join.json', text: JSON.stringify({ code: '042917' }) },
  ];
}

const ROOM_BODY_MAX = 2048;
const isRefusal = (r: unknown): r is Refusal => (REFUSALS as readonly unknown[]).includes(r);

/**
 * A phone's request body as the room reads it: the bytes in random chunks
 * (with a true, false or missing length), then as a submission and as a
 * short code. Each gives a value or a typed refusal; a submission read fits
 * or is refused by every activity, and reads back the same from what the
 * journal would write.
 */
async function roomTarget(input: FuzzInput & { cuts?: readonly number[]; declared?: number | null }): Promise<Outcome> {
  const { bytes } = input;
  const cuts = [...new Set((input.cuts ?? []).map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks = [0, ...cuts, bytes.length].slice(1).map((end, i, all) => Buffer.from(bytes.subarray(i === 0 ? 0 : (all[i - 1] ?? 0), end)));
  const declared = input.declared === undefined ? bytes.length : input.declared;
  const request = Object.assign(Readable.from(chunks), { headers: declared === null ? {} : { 'content-length': String(declared) } });
  const body = await readBody(request as unknown as IncomingMessage, ROOM_BODY_MAX);
  if (!body.ok) {
    if (body.refusal !== 'tooLarge' || (bytes.length <= ROOM_BODY_MAX && (declared ?? 0) <= ROOM_BODY_MAX)) throw new Error(`body refused: ${body.refusal}`);
    return 'refused';
  }
  if (!Buffer.from(body.bytes).equals(Buffer.from(bytes))) throw new Error('the body read is not the body sent');
  const join = readJoin(body.bytes);
  if (!join.ok && !isRefusal(join.refusal)) throw new Error(`untyped refusal ${String(join.refusal)}`);
  const read = readSubmission(body.bytes);
  if (!read.ok) {
    if (!isRefusal(read.refusal)) throw new Error(`untyped refusal ${String(read.refusal)}`);
    return join.ok ? 'accepted' : 'refused';
  }
  for (const activity of [SURVEY, SWOT, DOTS, POLL, { kind: 'none' } as const]) {
    const wrong = checkSubmission(activity, read.value);
    if (wrong !== null && !isRefusal(wrong)) throw new Error(`untyped refusal ${String(wrong)}`);
  }
  const stored = JSON.parse(JSON.stringify({ s: toDelivered(read.value) })) as { s: unknown };
  const again = deliveredSchema.safeParse(stored.s);
  if (!again.success || !isDeepStrictEqual(again.data, toDelivered(read.value))) throw new Error('a journal entry does not read back the same');
  return 'accepted';
}

const roomInputs = () => {
  const seeds = roomSeeds();
  const bodies = fc.oneof(
    mutatedJson(seeds, {}),
    mutatedBytes(seeds.map((s) => ({ name: s.name, bytes: encoder.encode(s.text) }))),
    fc.constant({ name: 'big', bytes: new Uint8Array(ROOM_BODY_MAX + 1).fill(0x20) }),
  );
  return fc
    .tuple(bodies, fc.array(fc.nat(), { maxLength: 6 }), fc.oneof(fc.constant(undefined), fc.constant(null), fc.nat({ max: 4 * ROOM_BODY_MAX })))
    .map(([body, cuts, declared]) => ({ ...body, cuts, declared }));
};

export const TARGETS: readonly FuzzTarget[] = [
  { name: 'restoreFile', runs: 300, input: exchangeInputs, run: restoreTarget },
  { name: 'merge', runs: 100, input: exchangeInputs, run: mergeTarget },
  {
    name: 'survey csv/tsv',
    runs: 200,
    input: () =>
      mutatedBytes([
        ...encodings('wide.csv', textOf('survey-forskola-wide.csv')),
        ...encodings('long.csv', textOf('survey-hemtjanst-long.csv')),
        ...encodings('long.tsv', textOf('survey-hemtjanst-long.csv').replaceAll(';', '\t')),
      ]),
    run: surveyTarget,
  },
  { name: 'survey xlsx', runs: 100, input: () => mutatedBytes([{ name: 'forms.xlsx', bytes: fixture('survey-forskola-forms.xlsx') }]), run: surveyTarget },
  { name: 'swot', runs: 200, input: () => mutatedBytes(encodings('swot.csv', textOf('swot-forskola.csv'))), run: swotTarget },
  { name: 'policy', runs: 300, input: policyInputs, run: policyTarget },
  { name: 'room requests', runs: 300, input: roomInputs, run: roomTarget },
];
