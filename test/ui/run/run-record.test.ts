import { describe, expect, it } from "vitest";
import { derivedScenarioName } from "../../../src/ui/scenario/change-text.ts";
import { changesCell, runRecord } from "../../../src/ui/run/run-record.ts";
import { scenarioChanges } from "../../../src/ui/scenario/scenario-changes.ts";
import { canonicalJson, fnv1a64, scenarioHash } from "../../../src/ui/scenario/scenario-hash.ts";
import { loadScenario } from "../../../src/scenario/load-scenario.ts";
import { mergeScenario } from "../../../src/scenario/merge-scenario.ts";
import type { Scenario } from "../../../src/scenario/types.ts";

describe("fnv1a64", () => {
  it("matches the published FNV-1a 64-bit test vectors", () => {
    // Test vectors from the FNV reference (Fowler, Noll, Vo; draft-eastlake-fnv).
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });
});

describe("scenarioHash", () => {
  it("ignores key order and the name, and changes with any assumption", () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
    const one = { name: "x", fees: { active: 100, retiree: 400 } };
    expect(scenarioHash(one)).toBe(scenarioHash({ fees: { retiree: 400, active: 100 }, name: "y" }));
    expect(scenarioHash(one)).not.toBe(scenarioHash({ ...one, fees: { active: 90, retiree: 400 } }));
  });
});

describe("scenarioChanges", () => {
  it("lists the changed leaves with their old and new values, whole arrays as one change", () => {
    const before = { name: "a", fees: { active: 100, retiree: 400 }, bands: [1, 2], cap: 500000 };
    const after = { name: "b", fees: { active: 90, retiree: 400 }, bands: [1, 3], cap: null };
    expect(scenarioChanges(before, after, ["name"])).toEqual([
      { path: ["fees", "active"], from: 100, to: 90 },
      { path: ["bands"], from: [1, 2], to: [1, 3] },
      { path: ["cap"], from: 500000, to: null },
    ]);
    expect(scenarioChanges(before, before)).toEqual([]);
  });
});

describe("derivedScenarioName", () => {
  const cap = { path: ["policy", "inpatient", "cap"], from: 500000, to: 250000 };
  const fee = { path: ["policy", "fees", "active"], from: 100, to: 90 };
  const other = { path: ["assumptions", "fund", "interestRate"], from: 0.02, to: 0.03 };
  const seed = { path: ["simulation", "seed"], from: 1, to: 2 };
  it("names the cap and the fee, counts other changes, and leaves run settings out", () => {
    expect(derivedScenarioName("内蒙古 2025", [cap], "zh")).toBe("内蒙古 2025 · 封顶 25万");
    expect(derivedScenarioName("内蒙古 2025", [fee], "zh")).toBe("内蒙古 2025 · 缴费 90");
    expect(derivedScenarioName("Inner Mongolia 2025", [cap, fee, other, seed], "en")).toBe(
      "Inner Mongolia 2025 · cap 250k · fee 90 · 1 more change",
    );
    expect(derivedScenarioName("内蒙古 2025", [seed], "zh")).toBe("内蒙古 2025");
    expect(derivedScenarioName("X", [{ ...cap, to: null }], "zh")).toBe("X · 不封顶");
  });
});

describe("runRecord", () => {
  it("records the changes from the file, the overrides that reproduce them, and the run settings", () => {
    const base = loadScenario("scenarios/inner-mongolia-2025.json");
    const edited = mergeScenario(base, {
      name: "mine",
      policy: { inpatient: { cap: 250000 } },
      simulation: { seed: 7 },
    }) as Scenario;
    const record = runRecord(edited, base, "scenarios/inner-mongolia-2025.json", {
      paths: 40,
      years: 3,
      seed: 7,
    });
    expect(record.name).toBe("mine");
    expect(record.changes).toEqual([{ path: ["policy", "inpatient", "cap"], from: 500000, to: 250000 }]);
    expect(record.overrides).toEqual({ policy: { inpatient: { cap: 250000 } } });
    expect(mergeScenario(base, record.overrides)).toEqual({
      ...edited,
      name: base.name,
      simulation: base.simulation,
    });
    expect(changesCell(record.changes)).toBe("policy.inpatient.cap=250000");
    expect(record).toMatchObject({ seed: 7, paths: 40, years: 3, engine: "0.1.0" });
    expect(record.hash).toMatch(/^[0-9a-f]{16}$/);
    const again = runRecord({ ...edited, name: "other" }, base, "x", { paths: 40, years: 3, seed: 7 });
    expect(again.hash).toBe(record.hash);
  });
});
