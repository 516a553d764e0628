import { expect } from "vitest";

/**
 * The page's figures must be bit-identical to Node's for the same scenario and seed: the simulation
 * uses its own `exp`, `log` and `pow` (src/model/portable-math.ts) because Chromium's and Node's
 * `Math.exp` differ in the last bit. So figures are compared exactly.
 */
export function expectSame(actual: number, expected: number, what = ""): void {
  expect(actual, what).toBe(expected);
}

/** Expects two JSON values to have the same shape, text and numbers, exactly. */
export function expectSameNumbers(actual: unknown, expected: unknown, path = "$"): void {
  expect(actual, path).toEqual(expected);
}
