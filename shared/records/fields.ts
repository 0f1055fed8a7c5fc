/**
 * The building blocks of the record schemas: bounded text, ids, times and
 * counts. zod/mini: the schemas are part of the start-up bundle (the
 * registry is), and the full zod is ten times its size.
 */
import * as z from 'zod/mini';

// The renderer's Content-Security-Policy allows no eval: zod must not compile its checks.
z.config({ jitless: true });

export const text = (max: number) => z.string().check(z.maxLength(max));
export const id = z.string().check(z.minLength(1), z.maxLength(200));
/** An ISO 8601 timestamp, e.g. "2026-11-23T09:15:00.000Z". */
export const timestamp = z.string().check(z.minLength(1), z.maxLength(40));
/** A local calendar date "YYYY-MM-DD" (no time zone: a meeting day is a day). */
export const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export const count = (max: number) => z.int().check(z.minimum(0), z.maximum(max));
export const decimal = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
export const hours = decimal(0, 10_000);
export const money = decimal(0, 100_000_000);
export const revision = count(Number.MAX_SAFE_INTEGER);

/** Fields every stored item carries. */
export const item = {
  id,
  /** Bumped by one on every write of this item. */
  rev: revision,
  updatedAt: timestamp,
};

/** An item that belongs to an analysis. */
export const child = { ...item, analysisId: id };
