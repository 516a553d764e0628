import { describe, expect, it } from "vitest";
import { decodeShareHash, encodeShareHash } from "../../../src/ui/scenario/share-url.ts";
import {
  chosenLossRatioYears,
  defaultLossRatioYears,
  LOSS_RATIO_YEARS_KEY,
  toggleLossRatioYear,
  withLossRatioYears,
} from "../../../src/ui/results/loss-ratio-years.ts";

describe("the years of the loss-ratio histograms", () => {
  it("default to the first and the last year (only year 1 for a one-year run)", () => {
    expect(defaultLossRatioYears(10)).toEqual([1, 10]);
    expect(defaultLossRatioYears(3)).toEqual([1, 3]);
    expect(defaultLossRatioYears(1)).toEqual([1]);
    expect(chosenLossRatioYears(undefined, 10)).toEqual([1, 10]);
  });

  it("keep the chosen whole years inside the horizon, once each and in order", () => {
    expect(chosenLossRatioYears([7, 2, 7], 10)).toEqual([2, 7]);
    expect(chosenLossRatioYears([0, 11, 2.5, "3", null, 4], 10)).toEqual([4]);
    // A link's choice for a longer run, opened on a shorter one: what fits, else the default.
    expect(chosenLossRatioYears([2, 20], 5)).toEqual([2]);
    expect(chosenLossRatioYears([20], 5)).toEqual([1, 5]);
    expect(chosenLossRatioYears({ 0: 2 }, 5)).toEqual([1, 5]);
  });

  it("toggle a year on and off, never leaving none", () => {
    expect(toggleLossRatioYear([1, 10], 5)).toEqual([1, 5, 10]);
    expect(toggleLossRatioYear([1, 5, 10], 1)).toEqual([5, 10]);
    expect(toggleLossRatioYear([5], 5)).toEqual([5]);
  });

  it("are kept in the view's extensions only when they differ from the default, beside other panels'", () => {
    const others = { stress: ["epidemic"] };
    expect(withLossRatioYears(others, [2, 3], 10)).toEqual({ stress: ["epidemic"], lossRatioYears: [2, 3] });
    expect(withLossRatioYears({ ...others, lossRatioYears: [2, 3] }, [1, 10], 10)).toEqual(others);
  });

  it("travel in a shared link and come back the same", () => {
    const hash = encodeShareHash({
      base: "inner-mongolia-2025",
      paths: 100,
      years: 10,
      seed: 1,
      locale: "en",
      extensions: withLossRatioYears({}, [3, 6], 10),
    });
    const shared = decodeShareHash(hash);
    expect(chosenLossRatioYears(shared?.extensions?.[LOSS_RATIO_YEARS_KEY], 10)).toEqual([3, 6]);
  });
});
