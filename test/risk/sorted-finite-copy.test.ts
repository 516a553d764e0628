import { describe, expect, it } from "vitest";
import { sortedFiniteCopy } from "../../src/risk/sorted-finite-copy.ts";

describe("sortedFiniteCopy", () => {
  it("returns an ascending numeric (not lexicographic) copy", () => {
    const input = Object.freeze([10, 9, 100, -1, 2.5]);
    expect(Array.from(sortedFiniteCopy(input)!)).toEqual([-1, 2.5, 9, 10, 100]);
    expect(input).toEqual([10, 9, 100, -1, 2.5]);
  });

  it("returns undefined when a NaN is present", () => {
    expect(sortedFiniteCopy([1, Number.NaN, 2])).toBeUndefined();
  });

  it("keeps infinities (they are ordered)", () => {
    expect(Array.from(sortedFiniteCopy([Infinity, 0, -Infinity])!)).toEqual([-Infinity, 0, Infinity]);
  });
});
