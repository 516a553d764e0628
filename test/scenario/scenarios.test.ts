// Every committed scenario loads, validates against the schema generated from the types, and points
// editors at that schema; the 250k-cap variant differs from the 2025 scenario in its cap only.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import type { Scenario } from "../../src/scenario/types.ts";
import { validateScenario } from "../../src/scenario/validate-scenario.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const files = readdirSync(`${root}scenarios`)
  .filter((file) => file.endsWith(".json"))
  .sort();
const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`${root}${path}`, "utf8")) as Record<string, unknown>;

const ajv = new Ajv({ allErrors: true, strict: false });
const validateFile = ajv.compile(readJson("schema/scenario.schema.json"));
const validateResolved = ajv.compile(readJson("schema/resolved-scenario.schema.json"));

describe("the scenarios in scenarios/", () => {
  it("include the schemes of the sources", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "inner-mongolia-2021.json",
        "inner-mongolia-2025.json",
        "inner-mongolia-2025-cap-250k.json",
        "hangzhou-2016.json",
        "jiaxing-2015.json",
        "wenzhou-2015.json",
        "linyi-2019.json",
      ]),
    );
  });

  describe.each(files)("%s", (file) => {
    it('names "$schema": "../schema/scenario.schema.json"', () => {
      expect(readJson(`scenarios/${file}`).$schema).toBe("../schema/scenario.schema.json");
    });

    it("is valid against schema/scenario.schema.json as written", () => {
      const valid = validateFile(readJson(`scenarios/${file}`));
      expect(validateFile.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });

    it("loads with loadScenario, and the resolved scenario is valid against the resolved schema", () => {
      const scenario = loadScenario(`${root}scenarios/${file}`);
      expect(validateScenario(scenario)).toEqual([]);
      expect(validateResolved(scenario)).toBe(true);
      expect(scenario).not.toHaveProperty("$schema");
      expect(scenario).not.toHaveProperty("extends");
      expect(scenario.name).not.toBe("");
      expect(scenario.sources.length).toBeGreaterThan(0);
    });
  });
});

describe("inner-mongolia-2025-cap-250k.json", () => {
  const base = loadScenario(`${root}scenarios/inner-mongolia-2025.json`);
  const variant = loadScenario(`${root}scenarios/inner-mongolia-2025-cap-250k.json`);

  it("extends the 2025 scenario", () => {
    expect(readJson("scenarios/inner-mongolia-2025-cap-250k.json").extends).toBe(
      "./inner-mongolia-2025.json",
    );
  });

  it("has the 2021 cap of 250,000", () => {
    expect(base.policy.inpatient.cap).toBe(500_000);
    expect(variant.policy.inpatient.cap).toBe(250_000);
  });

  it("equals the 2025 scenario apart from its cap, name, description and sources", () => {
    const strip = ({ name: _name, description: _description, sources: _sources, ...rest }: Scenario) => {
      const copy = structuredClone(rest);
      copy.policy.inpatient.cap = null;
      return copy;
    };
    expect(strip(variant)).toEqual(strip(base));
    expect(variant.name).not.toBe(base.name);
    // the bands, like every array, come from the parent whole
    expect(variant.policy.inpatient.bands).toEqual(base.policy.inpatient.bands);
    expect(variant.policy.lumpSums).toEqual(base.policy.lumpSums);
  });
});
