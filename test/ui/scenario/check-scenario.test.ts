import { describe, expect, it } from "vitest";
import { message, renderMessage } from "../../../src/messages.ts";
import { loadScenario } from "../../../src/scenario/load-scenario.ts";
import { validateScenario } from "../../../src/scenario/validate-scenario.ts";
import { checkScenario } from "../../../src/ui/scenario/check-scenario.ts";
import { setAt } from "../../../src/ui/scenario/document-path.ts";
import { placeProblems } from "../../../src/ui/scenario/place-problems.ts";

const FILE = "scenarios/inner-mongolia-2025.json";
const scenario = Object.freeze(loadScenario(FILE));

describe("checkScenario", () => {
  it("finds no problem in a bundled scenario", () => {
    expect(checkScenario(scenario, FILE)).toEqual([]);
  });

  it("gives the command line's messages, naming the file and the field", () => {
    const edited = setAt(scenario, ["policy", "inpatient", "cap"], "ten");
    const problems = checkScenario(edited, FILE);
    expect(problems.map((problem) => problem.message)).toEqual(
      validateScenario(edited).map((problem) => problem.format(FILE)),
    );
    expect(problems[0]!.path).toEqual(["policy", "inpatient", "cap"]);
    expect(renderMessage(problems[0]!.message, "en")).toBe(
      `${FILE}: policy.inpatient.cap: expected number,null`,
    );
    expect(renderMessage(problems[0]!.message, "zh")).toBe(`${FILE}：policy.inpatient.cap：应为数字或 null`);
  });

  it("reports a gap between bands at the band's `from`", () => {
    const edited = setAt(scenario, ["policy", "inpatient", "bands", 1, "from"], 3500);
    expect(checkScenario(edited, FILE)).toEqual([
      {
        path: ["policy", "inpatient", "bands", 1, "from"],
        message: message.bandGap(FILE, message.pathInBand("policy.inpatient.bands[1].from", 2), 3500, 3000),
      },
    ]);
  });

  it("checks that paths, years and seed are whole numbers, as a run does", () => {
    const edited = setAt(scenario, ["simulation", "paths"], 2.5);
    const problems = checkScenario(edited, FILE);
    expect(problems.map((problem) => problem.path)).toEqual([["simulation", "paths"]]);
    // The schema says paths is a whole number (the run's own check says the same for the command line).
    expect(renderMessage(problems[0]!.message, "en")).toBe(`${FILE}: simulation.paths: expected integer`);
    expect(renderMessage(problems[0]!.message, "zh")).toBe(`${FILE}：simulation.paths：应为整数`);
  });
});

describe("placeProblems", () => {
  const keys = new Set([
    "policy.inpatient.bands",
    "policy.inpatient.bands[1].from",
    "policy.inpatient.dailyAllowance.ratePerDayByYears",
  ]);

  it("places a problem at the field with the longest matching path", () => {
    const placed = placeProblems(
      [
        { path: ["policy", "inpatient", "bands", 1, "from"], message: "cell" },
        { path: ["policy", "inpatient", "bands", 2, "upTo"], message: "table" },
        { path: ["policy", "inpatient", "dailyAllowance", "ratePerDayByYears", 1], message: "list" },
      ],
      keys,
    );
    expect(placed.byField.get("policy.inpatient.bands[1].from")).toEqual(["cell"]);
    expect(placed.byField.get("policy.inpatient.bands")).toEqual(["table"]);
    expect(placed.byField.get("policy.inpatient.dailyAllowance.ratePerDayByYears")).toEqual(["list"]);
    expect(placed.elsewhere).toEqual([]);
  });

  it("keeps problems without a field, so none is lost", () => {
    const placed = placeProblems(
      [
        { path: ["policy", "eligibility", "active"], message: "age range" },
        { path: [], message: "whole file" },
      ],
      keys,
    );
    expect(placed.elsewhere).toEqual(["age range", "whole file"]);
    expect(placed.byField.size).toBe(0);
  });
});
