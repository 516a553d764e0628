import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint configuration keeps data flowing one way (README, "How it is built"). These tests lint small
// fixture sources as if they lived in a given folder of src/, with the project's own eslint.config.js.
const eslint = new ESLint({ cwd: process.cwd() });

/** The messages of the import rule when `source` is linted as the file `filePath`. */
async function importProblems(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages
    .filter((problem) => problem.ruleId === "no-restricted-imports")
    .map((p) => p.message);
}

const use = (path: string) => `import { x } from "${path}";\nexport const y = x;\n`;

describe("import rules across the flow", () => {
  it.each([
    ["src/policy/fixture.ts", "../sim/run-simulation.ts", "a later layer"],
    ["src/scenario/fixture.ts", "../policy/compile-policy.ts", "a later layer"],
    ["src/model/fixture.ts", "../risk/summarize-run.ts", "a later layer"],
    ["src/data/fixture.ts", "../model/compile-model.ts", "a later layer"],
    ["src/reserve/fixture.ts", "../sim/run-paths.ts", "a later layer"],
    ["src/risk/fixture.ts", "../charts/base-spec.ts", "a later layer"],
    ["src/charts/fixture.ts", "../ui/common/format.ts", "a door"],
    ["src/sim/fixture.ts", "../cli/parse-options.ts", "a door"],
    ["src/ui/fixture.ts", "../cli/parse-options.ts", "another door"],
    ["src/ui/solve/fixture.ts", "../../cli/parse-options.ts", "another door, from a tab's folder"],
    ["src/cli/fixture.ts", "../ui/common/format.ts", "another door"],
    ["src/check/fixture.ts", "../policy/compile-policy.ts", "a layer, from a neutral module"],
    ["src/messages.ts", "./scenario/types.ts", "a layer, from the message catalogue"],
    ["notebooks/fixture.ts", "../src/ui/common/format.ts", "a door, from a notebook"],
  ])("rejects %s importing %s (%s)", async (file, path) => {
    const problems = await importProblems(file, use(path));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/How it is built/);
  });

  it("rejects a type-only import across the flow too", async () => {
    const problems = await importProblems(
      "src/policy/fixture.ts",
      'import type { X } from "../sim/metrics.ts";\nexport type Y = X;\n',
    );
    expect(problems).toHaveLength(1);
  });

  it.each([
    ["src/policy/fixture.ts", "../scenario/types.ts"],
    ["src/risk/fixture.ts", "../sim/metrics.ts"],
    ["src/model/fixture.ts", "../data/parse-claims.ts"],
    ["src/reserve/fixture.ts", "../data/parse-claims.ts"],
    ["src/reserve/fixture.ts", "../model/inverse-normal.ts"],
    ["src/data/fixture.ts", "../model/portable-math.ts"],
    ["src/policy/fixture.ts", "../messages.ts"],
    ["src/scenario/fixture.ts", "../check/range-check.ts"],
    ["src/ui/fixture.ts", "../charts/base-spec.ts"],
    ["src/ui/compare/fixture.ts", "../../charts/base-spec.ts"],
    ["src/ui/compare/fixture.ts", "../results/decision-summary.ts"],
    ["src/cli/fixture.ts", "../risk/summarize-run.ts"],
    ["src/sim/fixture.ts", "./sim-helper.ts"],
    ["notebooks/fixture.ts", "../src/risk/summarize-run.ts"],
  ])("accepts %s importing %s (an earlier layer, its own folder or a neutral module)", async (file, path) => {
    expect(await importProblems(file, use(path))).toEqual([]);
  });
});
