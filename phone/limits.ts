/**
 * The protocol's bounds the phone needs, copied here so that the page does
 * not bundle zod and the schemas (the room checks everything anyway).
 * test/unit/phone/limits.test.ts keeps them equal to shared/room/protocol.ts
 * and shared/swot.ts.
 */
export const PHONE_LIMITS = {
  codeDigits: 6,
  noteText: 500,
  answerText: 2_000,
} as const;
