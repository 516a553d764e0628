// Every `@example` in the doc comments of src/ runs here and must give the result it states
// (conventions in ./extract-examples.ts): examples are documentation that cannot go stale.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it, vi } from "vitest";
import { type Example, exampleSteps, extractExamples, type Step } from "./extract-examples.ts";
import { minimalDocument } from "./minimal-document.ts";

// The page's DOM helpers run on a stand-in for the browser's `document` (elements, text, attributes).
if (typeof globalThis.document === "undefined") vi.stubGlobal("document", minimalDocument());

const ROOT = resolve(import.meta.dirname, "../..");
const files = readdirSync(join(ROOT, "src"), { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
  .map((file) => join(ROOT, "src", file))
  .sort();

const examplesByFile = files
  .map((file) => extractExamples(relative(ROOT, file), readFileSync(file, "utf8")))
  .filter((examples) => examples.length > 0);

/** The largest number of decimals written in `text`'s numbers (0 when none has decimals). */
function decimalsWritten(text: string): number {
  return Math.max(0, ...[...text.matchAll(/\d\.(\d+)/g)].map((match) => match[1]!.length));
}

/** The checks an example's code calls, by kind. */
const checks = {
  equal(actual: unknown, expected: unknown, where: string) {
    expect(actual, where).toEqual(expected);
  },
  approximately(actual: unknown, expected: unknown, text: string, where: string) {
    if (typeof text !== "string") throw new Error(`${where}: internal: no expected text`);
    const tolerance = 0.5 * 10 ** -decimalsWritten(text) * (1 + 1e-9);
    const pairs: [unknown, unknown][] = Array.isArray(expected)
      ? (expected as unknown[]).map((value, index) => [(actual as unknown[])[index], value])
      : [[actual, expected]];
    if (Array.isArray(expected)) expect((actual as unknown[]).length, where).toBe(expected.length);
    for (const [a, e] of pairs) {
      expect(typeof a, where).toBe("number");
      expect(Math.abs((a as number) - (e as number)), `${where}: ${String(a)} ≈ ${text}`).toBeLessThanOrEqual(
        tolerance,
      );
    }
  },
  async throws(run: () => unknown, text: string, where: string) {
    let thrown: unknown = undefined;
    try {
      await run();
    } catch (error) {
      thrown = error;
    }
    expect(thrown, `${where}: expected to throw`).toBeInstanceOf(Error);
    expect(String((thrown as Error).message), where).toContain(JSON.parse(text) as string);
  },
};

/** The example as the body of an async function: imports become dynamic, markers become checks. */
function exampleScript(example: Example, steps: Step[]): string {
  const directory = dirname(join(ROOT, example.file));
  const statement = (step: Step): string => {
    const where = JSON.stringify(`${example.file}:${example.line}: ${step.code.split("\n").at(-1)!.trim()}`);
    if (step.kind === "run") {
      return step.code.replace(
        /^\s*import\s+(type\s+)?\{([^}]*)\}\s+from\s+"([^"]+)";?/gm,
        (_all, type: string | undefined, names: string, path: string) =>
          type
            ? ""
            : `const {${names.replace(/\btype\s+\w+\s*,?/g, "")}} = await __import(${JSON.stringify(
                pathToFileURL(resolve(directory, path)).href,
              )});`,
      );
    }
    if (step.kind === "throws") {
      return `await __checks.throws(async () => (${step.code}\n), ${JSON.stringify(step.expected)}, ${where});`;
    }
    if (step.kind === "equal") return `__checks.equal(await (${step.code}\n), (${step.expected}), ${where});`;
    return `__checks.approximately(await (${step.code}\n), (${step.expected}), ${JSON.stringify(step.expected)}, ${where});`;
  };
  const source = `async function __example(__checks, __import) {\n${steps.map(statement).join("\n")}\n}`;
  return ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
}

describe("every @example in src/ runs and gives the result it states", () => {
  it("finds the examples", () => {
    expect(examplesByFile.flat().length).toBeGreaterThan(80);
  });

  for (const examples of examplesByFile) {
    describe(examples[0]!.file, () => {
      for (const example of examples) {
        it(`line ${example.line}`, async () => {
          const steps = exampleSteps(example);
          expect(
            steps.some((step) => step.kind !== "run"),
            `${example.file}:${example.line} states no result (// → …, // ≈ … or // throws "…")`,
          ).toBe(true);
          const module = (await import(pathToFileURL(join(ROOT, example.file)).href)) as Record<
            string,
            unknown
          >;
          const names = Object.keys(module);
          const script = exampleScript(example, steps);
          const run = new Function(
            ...names,
            "__checks",
            "__import",
            `${script}\nreturn __example(__checks, __import);`,
          ) as (...args: unknown[]) => Promise<void>;
          await run(...names.map((name) => module[name]), checks, (path: string) => import(path));
        });
      }
    });
  }
});
