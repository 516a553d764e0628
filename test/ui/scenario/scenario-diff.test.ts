import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../src/scenario/load-scenario.ts";
import { mergeScenario } from "../../../src/scenario/merge-scenario.ts";
import { jsonEqual, scenarioDiff } from "../../../src/ui/scenario/scenario-diff.ts";

const names = readdirSync("scenarios").filter((file) => file.endsWith(".json"));

describe("scenarioDiff", () => {
  it("keeps only the changed fields of objects", () => {
    expect(
      scenarioDiff({ fees: { active: 100, retiree: 400 } }, { fees: { active: 90, retiree: 400 } }),
    ).toEqual({
      fees: { active: 90 },
    });
  });

  it("replaces arrays and null whole, as extends does", () => {
    const base = { bands: [{ from: 0, upTo: 3000 }], allowance: { days: 30 } };
    const edited = { bands: [{ from: 0, upTo: 5000 }], allowance: null };
    expect(scenarioDiff(base, edited)).toEqual(edited);
    expect(scenarioDiff(edited, base)).toEqual(base);
  });

  it("is undefined when nothing changed", () => {
    expect(scenarioDiff({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBeUndefined();
  });

  it("round-trips every pair of bundled scenarios through mergeScenario, changing neither input", () => {
    const scenarios = names.map((name) => Object.freeze(loadScenario(`scenarios/${name}`)));
    for (const base of scenarios) {
      for (const edited of scenarios) {
        const diff = scenarioDiff(base, edited) ?? {};
        expect(jsonEqual(mergeScenario(base, diff), edited)).toBe(true);
      }
    }
  });

  it("jsonEqual compares by value, not by key order", () => {
    expect(jsonEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
  });
});
