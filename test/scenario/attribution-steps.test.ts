import { describe, expect, it } from "vitest";
import { InputError } from "../../src/messages.ts";
import { blendScenarios, parseAttributionOrder, stepChanges } from "../../src/scenario/attribution-steps.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";

const im2021 = loadScenario("scenarios/inner-mongolia-2021.json");
const im2025 = loadScenario("scenarios/inner-mongolia-2025.json");

describe("attribution steps", () => {
  it("blend: each scenario takes one more step's fields from B; the last is B", () => {
    const scenarios = blendScenarios(im2021, im2025, ["cap", "bands"]);
    expect(scenarios).toHaveLength(4);
    expect(scenarios[0]).toBe(im2021);
    expect(scenarios[1]!.policy.inpatient.cap).toBe(500000);
    expect(scenarios[1]!.policy.inpatient.bands).toEqual(im2021.policy.inpatient.bands);
    expect(scenarios[2]!.policy.inpatient.bands).toEqual(im2025.policy.inpatient.bands);
    expect(scenarios[2]!.policy.inpatient.additionalStayDeductible).toEqual(
      im2021.policy.inpatient.additionalStayDeductible,
    );
    expect(scenarios[3]).toBe(im2025);
    expect(im2021.policy.inpatient.cap).toBe(250000); // A is not changed
  });

  it("says which steps change something between IM 2021 and 2025", () => {
    expect(stepChanges(im2021, im2025, "bands")).toBe(true);
    expect(stepChanges(im2021, im2025, "cap")).toBe(true);
    expect(stepChanges(im2021, im2021, "fees")).toBe(false);
  });

  it("order: distinct known names only, with a message naming the option", () => {
    expect(parseAttributionOrder("fees, bands")).toEqual(["fees", "bands"]);
    expect(() => parseAttributionOrder("bands,bands")).toThrow(InputError);
    expect(() => parseAttributionOrder("colour")).toThrow(
      /--order: "colour" is not a list of distinct steps from bands, cap, deductible/,
    );
  });
});
