// Wrong scenario files give exact, file-naming messages (src/messages.ts). Files are read from memory
// through resolveScenario's reader, so each case is self-contained.
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/messages.ts";
import { resolveScenario } from "../../src/scenario/resolve-scenario.ts";

/** A small valid scenario: what the defaults do not provide (src/scenario/defaults.ts). */
const valid = () => ({
  name: "Test scheme",
  description: "A scheme for the tests",
  sources: ["test"],
  policy: {
    eligibility: { active: { minAge: 16, maxAge: 60 }, retiree: null },
    fees: { active: 100, retiree: 400, unionSubsidy: 10 },
    inpatient: {
      bands: [
        { from: 0, upTo: 10_000, rate: 0.4 },
        { from: 10_000, upTo: 100_000, rate: 0.7 },
        { from: 100_000, upTo: 250_000, rate: 1 },
      ] as { from: number; upTo: number | null; rate: number }[],
      cap: 250_000,
    } as Record<string, unknown> & { bands: { from: number; upTo: number | null; rate: number }[] },
  },
});

const NOT_FOUND = "ENOENT: no such file or directory";

/** The problems resolveScenario reports for `entry`, given files as objects (→ JSON) or raw text. */
function problems(files: Record<string, unknown>, entry = "scenarios/x.json"): string[] {
  const texts = new Map(
    Object.entries(files).map(([path, content]) => [
      path,
      typeof content === "string" ? content : JSON.stringify(content),
    ]),
  );
  const read = (path: string): string => {
    const text = texts.get(path);
    if (text === undefined) throw new Error(`${NOT_FOUND}, open '${path}'`);
    return text;
  };
  try {
    resolveScenario(entry, read);
  } catch (error) {
    if (error instanceof InputError) return error.texts("en");
    throw error;
  }
  return [];
}

/** Problems of a single file made from the valid scenario changed by `change`. */
function problemsAfter(change: (scenario: ReturnType<typeof valid>) => void): string[] {
  const scenario = valid();
  change(scenario);
  return problems({ "scenarios/x.json": scenario });
}

describe("the test's base scenario", () => {
  it("is valid", () => {
    expect(problems({ "scenarios/x.json": valid() })).toEqual([]);
    expect(resolveScenario("scenarios/x.json", () => JSON.stringify(valid())).policy.inpatient.cap).toBe(
      250_000,
    );
  });
});

describe("schema problems name the file and the field", () => {
  it("reports an unknown field", () => {
    expect(problemsAfter((s) => (s.policy.inpatient.colour = "red"))).toEqual([
      "scenarios/x.json: policy.inpatient.colour: unknown field",
    ]);
  });

  it("reports a value of the wrong type", () => {
    expect(problemsAfter((s) => (s.policy.inpatient.minimumPayout = "200"))).toEqual([
      "scenarios/x.json: policy.inpatient.minimumPayout: expected number",
    ]);
  });

  it("reports a value outside an enumeration", () => {
    expect(problemsAfter((s) => (s.policy.inpatient.bandBasis = "weekly"))).toEqual([
      'scenarios/x.json: policy.inpatient.bandBasis: expected one of "perStay", "cumulative"',
    ]);
  });

  it("reports a negative rate", () => {
    expect(problemsAfter((s) => (s.policy.inpatient.bands[1]!.rate = -0.7))).toEqual([
      "scenarios/x.json: policy.inpatient.bands[1].rate (band 2): expected a value of at least 0",
    ]);
  });

  it("reports a rate above 1", () => {
    expect(problemsAfter((s) => (s.policy.inpatient.bands[2]!.rate = 1.5))).toEqual([
      "scenarios/x.json: policy.inpatient.bands[2].rate (band 3): expected a value of at most 1",
    ]);
  });

  it("reports a missing field that no file and no default provides", () => {
    expect(problemsAfter((s) => delete (s as Partial<typeof s>).name)).toEqual([
      "scenarios/x.json: name: missing field",
    ]);
  });

  it("reports an `extends` that is not a string instead of ignoring it", () => {
    // The loader follows `extends` only when it is a string and deletes it before validating, so a
    // mistyped parent (a number, a list) is dropped without a word and the file loads without its parent.
    expect(problems({ "scenarios/x.json": { ...valid(), extends: ["./base.json"] } })).toEqual([
      "scenarios/x.json: extends: expected string",
    ]);
  });

  it("reports every problem at once", () => {
    const found = problemsAfter((s) => {
      s.policy.inpatient.colour = "red";
      s.policy.inpatient.bands[1]!.rate = -0.7;
    });
    expect(found).toHaveLength(2);
    expect(found).toContain("scenarios/x.json: policy.inpatient.colour: unknown field");
  });
});

describe("band problems", () => {
  it("reports a gap between bands", () => {
    expect(problemsAfter((s) => (s.policy.inpatient.bands[2]!.from = 120_000))).toEqual([
      "scenarios/x.json: policy.inpatient.bands[2].from (band 3): leaves a gap: expected 100,000 (where the previous band ends), found 120,000",
    ]);
  });

  it("reports overlapping bands", () => {
    expect(problemsAfter((s) => (s.policy.inpatient.bands[2]!.from = 90_000))).toEqual([
      "scenarios/x.json: policy.inpatient.bands[2].from (band 3): overlaps the previous band: expected 100,000 (where the previous band ends), found 90,000",
    ]);
  });

  it("reports an open-ended band that is not the last", () => {
    expect(problemsAfter((s) => (s.policy.inpatient.bands[1]!.upTo = null))).toEqual([
      "scenarios/x.json: policy.inpatient.bands[1].upTo (band 2): only the last band may be open-ended (null)",
    ]);
  });

  it("reports a first band that does not start at 0, an empty band, and no bands", () => {
    expect(problemsAfter((s) => (s.policy.inpatient.bands[0]!.from = 500))).toEqual([
      "scenarios/x.json: policy.inpatient.bands[0].from (band 1): the first band must start at 0, not 500",
    ]);
    expect(
      problemsAfter((s) => {
        s.policy.inpatient.bands = [
          { from: 0, upTo: 10_000, rate: 0.4 },
          { from: 10_000, upTo: 10_000, rate: 0.7 },
        ];
      }),
    ).toEqual([
      'scenarios/x.json: policy.inpatient.bands[1].upTo (band 2): must be above the band\'s "from"',
    ]);
    expect(problemsAfter((s) => (s.policy.inpatient.bands = []))).toEqual([
      "scenarios/x.json: policy.inpatient.bands: expected at least one band",
    ]);
  });
});

describe("files that cannot be read or parsed", () => {
  it("names the file that is not valid JSON", () => {
    const [only, ...rest] = problems({ "scenarios/x.json": '{ "name": ' });
    expect(rest).toEqual([]);
    expect(only).toMatch(/^scenarios\/x\.json: is not valid JSON \(.+\)$/);
  });

  it("names a parent that is not valid JSON", () => {
    const found = problems({
      "scenarios/x.json": { extends: "./base.json", name: "child" },
      "scenarios/base.json": "{ oops }",
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^scenarios\/base\.json: is not valid JSON \(/);
  });

  it("rejects a file that is JSON but not an object", () => {
    expect(problems({ "scenarios/x.json": "[1, 2]" })).toEqual([
      "scenarios/x.json: expected a JSON object with the scenario's fields",
    ]);
  });

  it("names a missing file, and for a missing parent the file that extends it", () => {
    expect(problems({}, "scenarios/nope.json")).toEqual([
      `scenarios/nope.json: cannot be read (${NOT_FOUND}, open 'scenarios/nope.json')`,
    ]);
    expect(problems({ "scenarios/x.json": { ...valid(), extends: "./missing.json" } })).toEqual([
      `scenarios/x.json: extends scenarios/missing.json: cannot be read (${NOT_FOUND}, open 'scenarios/missing.json')`,
    ]);
  });

  it("reports an extends cycle with the whole chain", () => {
    expect(
      problems({
        "scenarios/x.json": { extends: "./y.json" },
        "scenarios/y.json": { extends: "../scenarios/x.json" },
      }),
    ).toEqual([
      'scenarios/x.json: "extends" goes round in a circle: scenarios/x.json → scenarios/y.json → scenarios/x.json',
    ]);
    expect(problems({ "scenarios/x.json": { extends: "x.json" } })).toEqual([
      'scenarios/x.json: "extends" goes round in a circle: scenarios/x.json → scenarios/x.json',
    ]);
  });
});

describe("extends: a problem names the file that set the field", () => {
  const parentWithGap = () => {
    const parent = valid();
    parent.policy.inpatient.bands[2]!.from = 120_000;
    return parent;
  };

  it("names the parent for a field only the parent sets", () => {
    expect(
      problems(
        {
          "scenarios/variants/x.json": { extends: "../base.json", name: "child" },
          "scenarios/base.json": parentWithGap(),
        },
        "scenarios/variants/x.json",
      ),
    ).toEqual([
      "scenarios/base.json: policy.inpatient.bands[2].from (band 3): leaves a gap: expected 100,000 (where the previous band ends), found 120,000",
    ]);
  });

  it("names the child for a field the child sets, even when the parent also sets it", () => {
    expect(
      problems({
        "scenarios/x.json": {
          extends: "./base.json",
          policy: { inpatient: { minimumPayout: -5, cap: "ten" } },
        },
        "scenarios/base.json": {
          ...valid(),
          policy: { ...valid().policy, inpatient: { ...valid().policy.inpatient, minimumPayout: 200 } },
        },
      }),
    ).toEqual([
      "scenarios/x.json: policy.inpatient.cap: expected number,null",
      "scenarios/x.json: policy.inpatient.minimumPayout: expected a value of at least 0",
    ]);
  });

  it("names the child when it replaces the parent's bands with bad ones, and nobody once it repairs them", () => {
    const badBands = [
      { from: 0, upTo: 10_000, rate: 0.4 },
      { from: 20_000, upTo: null, rate: 0.5 },
    ];
    expect(
      problems({
        "scenarios/x.json": { extends: "./base.json", policy: { inpatient: { bands: badBands } } },
        "scenarios/base.json": valid(),
      }),
    ).toEqual([
      "scenarios/x.json: policy.inpatient.bands[1].from (band 2): leaves a gap: expected 10,000 (where the previous band ends), found 20,000",
    ]);
    expect(
      problems({
        "scenarios/x.json": {
          extends: "./base.json",
          policy: { inpatient: { bands: valid().policy.inpatient.bands } },
        },
        "scenarios/base.json": parentWithGap(),
      }),
    ).toEqual([]);
  });
});
