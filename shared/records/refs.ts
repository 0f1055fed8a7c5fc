/**
 * Following the references the registry declares (`Ref`): reading the ids an
 * item points at, and making a copy of it that points elsewhere.
 */
import type { KindName, Ref } from './registry.ts';
import { specOf } from './registry.ts';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function valueAt(item: Json, path: string): unknown {
  let at: unknown = item;
  for (const key of path.split('.')) at = isObject(at) ? at[key] : undefined;
  return at;
}

/** The kind a reference points at in this item, or null when the item does not say. */
export function targetOf(ref: Ref, item: Json): string | null {
  if (typeof ref.to === 'string') return ref.to;
  const named = valueAt(item, ref.to.kindAt);
  if (typeof named !== 'string') return null;
  return ref.to.kinds ? (ref.to.kinds[named] ?? null) : named;
}

/** A link found in an item: the kind and id it points at, and where. */
export interface Link {
  ref: Ref;
  kind: string;
  id: string;
  /** Where in the item, as a path of keys and indexes (for messages). */
  at: string;
}

/** A reference's path, split once (references are declared once, and followed for every item). */
const paths = new WeakMap<Ref, readonly string[]>();
function partsOf(ref: Ref): readonly string[] {
  let parts = paths.get(ref);
  if (!parts) {
    parts = ref.path.split('.');
    paths.set(ref, parts);
  }
  return parts;
}

/** Every id the item points at through one reference (none for a null link). */
export function linksOf(ref: Ref, item: Json): Link[] {
  const kind = targetOf(ref, item);
  if (kind === null) return [];
  const parts = partsOf(ref);
  // The common case, a field of the item itself ("taskId"), without walking.
  if (parts.length === 1 && !ref.path.endsWith(']') && !ref.path.endsWith('}')) {
    const value = item[ref.path];
    return typeof value === 'string' ? [{ ref, kind, id: value, at: ref.path }] : [];
  }
  const out: Link[] = [];
  const walk = (value: unknown, i: number, at: string[]) => {
    const part = parts[i];
    if (part === undefined) {
      if (typeof value === 'string') out.push({ ref, kind, id: value, at: at.join('.') });
      return;
    }
    if (part.endsWith('[]')) {
      const list = isObject(value) ? value[part.slice(0, -2)] : undefined;
      if (Array.isArray(list)) list.forEach((v, n) => walk(v, i + 1, [...at, part.slice(0, -2), String(n)]));
    } else if (part.endsWith('{}')) {
      const map = isObject(value) ? value[part.slice(0, -2)] : undefined;
      // The keys are the ids; what follows {} (if anything) is inside each value.
      if (isObject(map)) for (const key of Object.keys(map)) out.push({ ref, kind, id: key, at: [...at, part.slice(0, -2), key].join('.') });
    } else if (isObject(value)) walk(value[part], i + 1, [...at, part]);
  };
  walk(item, 0, []);
  return out;
}

/** Every link of an item of a kind, through all the kind's references. */
export function allLinks(kind: KindName, item: Json): Link[] {
  return specOf(kind).refs.flatMap((ref) => linksOf(ref, item));
}

/**
 * A copy of the item with every id it points at passed through `map` (per
 * kind pointed at). An id the map does not know is kept: it pointed at
 * nothing in the source, and points at nothing in the copy.
 */
export function remapLinks(kind: KindName, item: Json, map: (kind: string, id: string) => string | undefined): Json {
  let out = item;
  for (const ref of specOf(kind).refs) {
    const target = targetOf(ref, out);
    if (target === null) continue;
    const swap = (id: string) => map(target, id) ?? id;
    out = rewrite(
      out,
      ref.path.split('.'),
      (value) => {
        if (typeof value === 'string') return swap(value);
        return value;
      },
      (keys) => Object.fromEntries(Object.entries(keys).map(([k, v]) => [swap(k), v])),
    );
  }
  return out;
}

/** `item` with the value at a path (through `[]` arrays and `{}` key maps) rewritten. */
function rewrite(item: Json, parts: readonly string[], leaf: (value: unknown) => unknown, keys: (map: Json) => Json): Json {
  const [part, ...rest] = parts;
  if (part === undefined) return item;
  const copy: Json = { ...item };
  if (part.endsWith('[]')) {
    const name = part.slice(0, -2);
    const list = copy[name];
    if (Array.isArray(list)) copy[name] = list.map((v: unknown) => (rest.length === 0 ? leaf(v) : isObject(v) ? rewrite(v, rest, leaf, keys) : v));
  } else if (part.endsWith('{}')) {
    const name = part.slice(0, -2);
    const map = copy[name];
    if (isObject(map)) copy[name] = keys(map);
  } else if (rest.length === 0) {
    if (part in copy) copy[part] = leaf(copy[part]);
  } else {
    const inner = copy[part];
    if (isObject(inner)) copy[part] = rewrite(inner, rest, leaf, keys);
  }
  return copy;
}
