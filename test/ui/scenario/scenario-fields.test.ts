import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../src/scenario/load-scenario.ts";
import { getAt, setAt } from "../../../src/ui/scenario/document-path.ts";
import {
  ALLOWANCE_FIELDS,
  assumptionGroups,
  BENEFIT_FIELDS,
  FEE_FIELDS,
  formatFieldText,
  parseFieldText,
  RUN_FIELDS,
  stayRateFields,
} from "../../../src/ui/scenario/scenario-fields.ts";

const scenario = Object.freeze(loadScenario("scenarios/inner-mongolia-2025.json"));

describe("scenario fields", () => {
  it("parse numbers, with thousands separators, and keep text that is not a number as typed", () => {
    expect(parseFieldText("number", " 250,000 ")).toBe(250000);
    expect(parseFieldText("number", "0.4")).toBe(0.4);
    expect(parseFieldText("number", "ten")).toBe("ten");
    expect(parseFieldText("number", "")).toBe("");
    expect(parseFieldText("number", "Infinity")).toBe("Infinity");
  });

  it("read a blank optional number as null (no cap, and above)", () => {
    expect(parseFieldText("optionalNumber", "  ")).toBeNull();
    expect(parseFieldText("optionalNumber", "500000")).toBe(500000);
  });

  it("read number lists separated by commas (also Chinese ones) or spaces", () => {
    expect(parseFieldText("numberList", "10, 20，30")).toEqual([10, 20, 30]);
    expect(parseFieldText("numberList", "10 x")).toEqual([10, "x"]);
    expect(parseFieldText("numberList", "")).toEqual([]);
  });

  it("write values back as text that parses to the same value", () => {
    for (const [kind, value] of [
      ["number", 0.0125],
      ["optionalNumber", null],
      ["optionalNumber", 250000],
      ["numberList", [10, 20, 30]],
    ] as const) {
      expect(parseFieldText(kind, formatFieldText(kind, value))).toEqual(value);
    }
  });

  it("bind every field to a value of the bundled scenario", () => {
    const groups = assumptionGroups(scenario);
    const specs = [
      ...FEE_FIELDS,
      ...BENEFIT_FIELDS,
      ...ALLOWANCE_FIELDS,
      ...RUN_FIELDS,
      ...groups.flatMap((group) => [...(group.compact?.fields ?? []), ...group.fields]),
    ];
    for (const spec of specs) expect(getAt(scenario, spec.path), spec.path.join(".")).not.toBeUndefined();
  });

  it("give one stay-rate field per age band, labelled with its ages", () => {
    const fields = stayRateFields(scenario);
    expect(fields).toHaveLength(scenario.assumptions.hospitalisation.activeStayRateByAgeBand.length);
    expect(fields[0]!.label).toEqual(["field.stayRateAgeBand", { from: 16, to: 20 }]);
    expect(stayRateFields({})).toEqual([]);
  });
});

describe("document paths", () => {
  it("setAt copies only along the path and leaves the input unchanged", () => {
    const edited = setAt(scenario, ["policy", "inpatient", "bands", 1, "rate"], 0.55);
    expect(edited.policy.inpatient.bands[1]!.rate).toBe(0.55);
    expect(scenario.policy.inpatient.bands[1]!.rate).toBe(0.5);
    expect(edited.policy.fees).toBe(scenario.policy.fees);
    expect(Array.isArray(edited.policy.inpatient.bands)).toBe(true);
  });

  it("setAt makes missing objects, getAt is undefined past a missing step", () => {
    expect(setAt({}, ["a", "b"], 1)).toEqual({ a: { b: 1 } });
    expect(getAt({ a: null }, ["a", "b"])).toBeUndefined();
    expect(getAt({ a: [5, 6] }, ["a", 1])).toBe(6);
  });
});
