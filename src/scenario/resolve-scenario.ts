import { InputError, message } from "../messages.ts";
import { checkJsonShape } from "./check-json-shape.ts";
import { scenarioDefaults } from "./defaults.ts";
import { hasPath } from "./json-path.ts";
import { mergeScenario } from "./merge-scenario.ts";
import type { Scenario } from "./types.ts";
import { validateScenario } from "./validate-scenario.ts";

/** Reads the text of a scenario file by path; throws if it cannot. */
export type ReadText = (path: string) => string;

/** Resolves `relative` against the folder of `fromFile`, with forward slashes (works in the browser). */
export function resolveRelative(fromFile: string, relative: string): string {
  if (relative.startsWith("/")) return relative;
  const parts = fromFile.split("/").slice(0, -1);
  for (const part of relative.split("/")) {
    if (part === "..") {
      if (parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
      else parts.push("..");
    } else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

/**
 * Parses the text of one scenario file. Phase 1 of loading: text → JSON object, checked before any
 * merge (no prototype keys, bounded nesting: see `checkJsonShape`). A UTF-8 byte-order mark is dropped.
 * @throws InputError naming the file when the text is not a JSON object or has a refused shape.
 */
export function parseScenarioText(text: string, file: string): Record<string, unknown> {
  let document: unknown;
  try {
    // A byte-order mark is not part of the JSON (editors on Windows write one).
    document = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new InputError([message.jsonSyntax(file, (error as Error).message)]);
  }
  if (document === null || typeof document !== "object" || Array.isArray(document)) {
    throw new InputError([message.notAnObject(file)]);
  }
  checkJsonShape(document, file);
  return document as Record<string, unknown>;
}

/**
 * Loads a scenario: parse → follow `extends` → merge over the defaults → validate.
 *
 *     file.json ──parse──▶ JSON ──extends──▶ [root, …, file] ──merge over defaults──▶ scenario ──validate──▶ Scenario
 *
 * A problem names the file that set the offending field (the file itself, or the one it extends) and
 * its JSON path, e.g. `scenarios/x.json: policy.inpatient.bands[2].from: leaves a gap …`.
 * @param file path of the scenario file, as the user gave it
 * @param read reads a file's text (Node: `readFileSync`; the browser: the bundled scenarios)
 * @throws InputError with every problem found
 */
export function resolveScenario(file: string, read: ReadText): Scenario {
  const chain: { file: string; document: Record<string, unknown> }[] = [];
  const visited: string[] = [];
  let current: string | undefined = file;
  while (current !== undefined) {
    if (visited.includes(current)) throw new InputError([message.extendsCycle([...visited, current])]);
    visited.push(current);
    let text: string;
    try {
      text = read(current);
    } catch (error) {
      const where = chain.length === 0 ? current : `${chain[chain.length - 1]!.file}: extends ${current}`;
      throw new InputError([message.fileUnreadable(where, (error as Error).message)]);
    }
    const document = parseScenarioText(text, current);
    chain.push({ file: current, document });
    const parent = document.extends;
    if (parent !== undefined && typeof parent !== "string") {
      throw new InputError([message.schema(current, "extends", "expected string")]);
    }
    current = parent === undefined ? undefined : resolveRelative(current, parent);
  }
  let merged: unknown = scenarioDefaults;
  for (const link of [...chain].reverse()) merged = mergeScenario(merged, link.document);
  const resolved = merged as Record<string, unknown>;
  delete resolved.extends;
  delete resolved.$schema;

  const problems = validateScenario(resolved);
  if (problems.length > 0) {
    throw new InputError(
      problems.map((problem) => {
        // Name the nearest file (the leaf first) that wrote the field, or the leaf if none did.
        const owner = chain.find((link) => hasPath(link.document, problem.path)) ?? chain[0]!;
        return problem.format(owner.file);
      }),
    );
  }
  return resolved as unknown as Scenario;
}
