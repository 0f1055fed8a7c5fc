/**
 * Inputs grown from real files: byte-level mutations (flips, truncation,
 * splices, deletions, repeats, hostile bytes) and, for analysis files,
 * mutations that know JSON (a value replaced by a huge number, a wrong type,
 * deep nesting or a prototype key; ids swapped between analyses; items copied
 * into another analysis). Every mutation is data, so fast-check shrinks and
 * replays it from its seed and path.
 */
import fc from 'fast-check';

export interface FuzzInput {
  /** The file's name: the survey reader picks its parser by the extension. */
  name: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();

type ByteMutation =
  | { op: 'flip'; at: number; value: number }
  | { op: 'truncate'; at: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'splice'; at: number; from: number; length: number; seed: number }
  | { op: 'repeat'; at: number; length: number; times: number }
  | { op: 'insert'; at: number; bytes: Uint8Array };

/** Bytes that mean something to the readers: quotes, delimiters, line ends, a BOM, a NUL, invalid UTF-8. */
const HOSTILE_BYTES = ['"', ';', ',', '\t', '\r\n', '\n', '{', '}', '[', ']', '\\', '\u0000', '=', '\uFEFF', 'ä'].map((s) => encoder.encode(s));

const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ op: fc.constant('splice' as const), at: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 256 }), seed: fc.nat() }),
  fc.record({ op: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }), times: fc.integer({ min: 2, max: 64 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.oneof(fc.constantFrom(...HOSTILE_BYTES, new Uint8Array([0xff, 0xfe]), new Uint8Array([0xc3])), fc.uint8Array({ maxLength: 16 })),
  }),
);

function applyBytes(bytes: Uint8Array, m: ByteMutation, seeds: readonly Uint8Array[]): Uint8Array {
  const n = bytes.length;
  const at = n === 0 ? 0 : m.at % (n + 1);
  const join = (...parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  };
  switch (m.op) {
    case 'flip': {
      if (n === 0) return bytes;
      const out = bytes.slice();
      out[m.at % n] = m.value;
      return out;
    }
    case 'truncate':
      return bytes.slice(0, at);
    case 'delete':
      return join(bytes.subarray(0, at), bytes.subarray(Math.min(n, at + m.length)));
    case 'splice': {
      const other = seeds[m.seed % seeds.length] ?? bytes;
      const from = other.length === 0 ? 0 : m.from % other.length;
      return join(bytes.subarray(0, at), other.subarray(from, from + m.length), bytes.subarray(at));
    }
    case 'repeat': {
      const chunk = bytes.subarray(at, Math.min(n, at + m.length));
      return join(bytes.subarray(0, at), ...Array.from({ length: m.times }, () => chunk), bytes.subarray(at));
    }
    case 'insert':
      return join(bytes.subarray(0, at), m.bytes, bytes.subarray(at));
  }
}

/** One of the seeds (or the seed as it is), with up to four byte mutations. */
export function mutatedBytes(seeds: readonly FuzzInput[]): fc.Arbitrary<FuzzInput> {
  const all = seeds.map((s) => s.bytes);
  return fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.array(byteMutation, { maxLength: 4 })).map(([i, ms]) => {
    const seed = seeds[i] ?? { name: 'empty', bytes: new Uint8Array() };
    return { name: seed.name, bytes: ms.reduce((b, m) => applyBytes(b, m, all), seed.bytes) };
  });
}

// ---- JSON-aware ----

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A marker replaced in the text after stringify, for what JSON.stringify cannot write (deep nesting, a literal key order). */
const DEEP = '\u0001deep\u0001';

/** Values that are wrong for some field: huge and odd numbers, wrong types, long text, prototype-looking strings, deep nesting. */
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    1e308,
    -1e308,
    2 ** 53 + 1,
    -1,
    0.5,
    1e21,
    0,
    '',
    '__proto__',
    'constructor',
    null,
    true,
    false,
    [],
    {},
    '1',
    '2026-13-45',
    '9999-99-99T99:99',
  ),
  fc.integer({ min: 1, max: 20_000 }).map((n) => `${DEEP}${n}`),
  fc.integer({ min: 201, max: 20_000 }).map((n) => 'å'.repeat(n)),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

type JsonMutation =
  | { op: 'set'; node: number; value: Json }
  | { op: 'remove'; node: number }
  | { op: 'protoKey'; node: number; key: '__proto__' | 'constructor' | 'prototype' }
  | { op: 'foreignId'; node: number; id: number }
  | { op: 'copy'; from: number; to: number };

const jsonMutation: fc.Arbitrary<JsonMutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), node: fc.nat(), value: hostileValue }),
  fc.record({ op: fc.constant('remove' as const), node: fc.nat() }),
  fc.record({ op: fc.constant('protoKey' as const), node: fc.nat(), key: fc.constantFrom('__proto__' as const, 'constructor' as const, 'prototype' as const) }),
  // Ids swapped between analyses are what a crafted file does: drawn more often than the rest.
  { arbitrary: fc.record({ op: fc.constant('foreignId' as const), node: fc.nat(), id: fc.nat() }), weight: 4 },
  fc.record({ op: fc.constant('copy' as const), from: fc.nat(), to: fc.nat() }),
);

interface Slot {
  parent: Json[] | { [key: string]: Json };
  key: string | number;
  /** The keys from the document's root to the value. */
  path: readonly (string | number)[];
}

/** Every place a value sits in the document, parents first. */
function slots(root: Json): Slot[] {
  const out: Slot[] = [];
  const stack: { value: Json; path: (string | number)[] }[] = [{ value: root, path: [] }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value: node, path } = next;
    if (node === null || typeof node !== 'object') continue;
    const entries: [string | number, Json][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, value] of entries) {
      out.push({ parent: node, key, path: [...path, key] });
      stack.push({ value, path: [...path, key] });
    }
  }
  return out;
}

const get = (s: Slot): Json => (Array.isArray(s.parent) ? s.parent[s.key as number] : s.parent[s.key as string]) ?? null;
function put(s: Slot, value: Json): void {
  if (Array.isArray(s.parent)) s.parent[s.key as number] = value;
  else s.parent[s.key as string] = value;
}

function applyJson(doc: Json, m: JsonMutation, foreignIds: Readonly<Record<string, readonly string[]>>): void {
  const all = slots(doc);
  if (all.length === 0) return;
  const pick = (n: number) => all[n % all.length] as Slot;
  switch (m.op) {
    case 'set':
      put(pick(m.node), structuredClone(m.value));
      return;
    case 'remove': {
      const s = pick(m.node);
      if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
      else Reflect.deleteProperty(s.parent, s.key);
      return;
    }
    case 'protoKey': {
      const objects = all.map(get).filter((v): v is { [key: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v));
      const target = objects[m.node % Math.max(1, objects.length)];
      // An own property of that name, as JSON.parse makes it from a file.
      if (target) Object.defineProperty(target, m.key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      return;
    }
    case 'foreignId': {
      // A string that is an id, analysis id or link, replaced by an id of the other analysis on the machine.
      const strings = all.filter((s) => typeof get(s) === 'string' && /id$|Id$|Ids$/.test(String(Array.isArray(s.parent) ? 'Ids' : s.key)));
      const s = strings[m.node % Math.max(1, strings.length)];
      // An item's own id takes an id of the same kind (`analyses.0.tasks.3.id` → B's tasks), else any of B's.
      const kind = s && s.key === 'id' ? String(s.path.at(-3)) : '';
      const pool = foreignIds[kind] ?? Object.values(foreignIds).flat();
      const id = pool[m.id % Math.max(1, pool.length)];
      if (s && id !== undefined) put(s, id);
      return;
    }
    case 'copy': {
      // An element of one list pushed onto another (an item of one analysis or kind in another).
      const items = all.filter((s) => Array.isArray(s.parent));
      const lists = all.map(get).filter((v): v is Json[] => Array.isArray(v));
      const from = items[m.from % Math.max(1, items.length)];
      const to = lists[m.to % Math.max(1, lists.length)];
      if (from && to) to.push(structuredClone(get(from)));
      return;
    }
  }
}

/** An analysis file (JSON text) with up to four JSON-aware mutations; `foreignIds` are ids of another analysis on the machine, by kind. */
export function mutatedJson(
  seeds: readonly { name: string; text: string }[],
  foreignIds: Readonly<Record<string, readonly string[]>>,
): fc.Arbitrary<FuzzInput> {
  return fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.array(jsonMutation, { minLength: 1, maxLength: 4 })).map(([i, ms]) => {
    const seed = seeds[i] ?? { name: 'empty', text: '{}' };
    const doc = JSON.parse(seed.text) as Json;
    for (const m of ms) applyJson(doc, m, foreignIds);
    const text = JSON.stringify(doc).replace(new RegExp(`"${DEEP}(\\d+)"`, 'g'), (_, n: string) => '['.repeat(Number(n)) + ']'.repeat(Number(n)));
    return { name: seed.name, bytes: encoder.encode(text) };
  });
}

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
