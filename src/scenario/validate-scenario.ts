import Ajv, { type ErrorObject } from "ajv";
import resolvedSchema from "../../schema/resolved-scenario.schema.json";
import { type Message, message } from "../messages.ts";
import { jsonPath, pointerSegments } from "./json-path.ts";
import type { Band, Scenario } from "./types.ts";

/** Where a problem was found: the JSON path inside the resolved scenario. */
export interface ScenarioProblem {
  path: (string | number)[];
  /** What is wrong, without the file name, e.g. `gap or overlap`, for grouping (not shown). */
  detail: string;
  /** A fully formed message given the file the path belongs to. */
  format: (file: string) => Message;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validateAgainstSchema = ajv.compile(resolvedSchema);

function describe(error: ErrorObject): { path: (string | number)[]; detail: Message } {
  const path = pointerSegments(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return { path: [...path, String(params.additionalProperty)], detail: message.unknownField() };
    case "required":
      return { path: [...path, String(params.missingProperty)], detail: message.missingField() };
    case "type":
      return { path, detail: message.expectedType(String(params.type)) };
    case "minimum":
      return { path, detail: message.atLeast(Number(params.limit)) };
    case "maximum":
      return { path, detail: message.atMost(Number(params.limit)) };
    case "exclusiveMinimum":
      return { path, detail: message.above(Number(params.limit)) };
    case "multipleOf":
      return { path, detail: message.expectedType("integer") };
    case "maxItems":
      return { path, detail: message.atMostItems(Number(params.limit)) };
    case "enum":
      return {
        path,
        detail: message.oneOf((params.allowedValues as unknown[]).map((v) => JSON.stringify(v))),
      };
    case "const":
      return { path, detail: message.expectedType(JSON.stringify(params.allowedValue)) };
    default:
      return { path, detail: message.notValid(error.message ?? "is not valid") };
  }
}

/**
 * A path as messages show it: a place inside a band table also names the band's number as the table
 * counts it, from 1 (`policy.inpatient.bands[1].from (band 2)`).
 */
function located(path: (string | number)[]): string | Message {
  const index = path.findIndex(
    (segment, i) => i > 0 && path[i - 1] === "bands" && typeof segment === "number",
  );
  return index < 0 ? jsonPath(path) : message.pathInBand(jsonPath(path), (path[index] as number) + 1);
}

function schemaProblems(document: unknown): ScenarioProblem[] {
  if (validateAgainstSchema(document)) return [];
  const seen = new Set<string>();
  const problems: ScenarioProblem[] = [];
  const errors = validateAgainstSchema.errors ?? [];
  for (const error of errors) {
    // `anyOf` (number | null) reports each branch; the branch errors say enough.
    if (error.keyword === "anyOf") continue;
    // An object that may be null (`dailyAllowance`) with a problem inside: "expected null" is noise.
    const nullBranch = error.keyword === "type" && (error.params as { type?: unknown }).type === "null";
    if (nullBranch && errors.some((other) => other.instancePath.startsWith(`${error.instancePath}/`)))
      continue;
    const { path, detail } = describe(error);
    const key = `${jsonPath(path)} ${JSON.stringify(detail)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({
      path,
      detail: detail.code,
      format: (file) => message.schema(file, located(path), detail),
    });
  }
  return problems;
}

function bandProblems(bands: Band[], path: (string | number)[]): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const add = (at: (string | number)[], detail: string, format: (file: string) => Message) =>
    problems.push({ path: at, detail, format });
  if (bands.length === 0) {
    add(path, "no bands", (file) => message.bandsEmpty(file, jsonPath(path)));
  }
  bands.forEach((band, index) => {
    const at = [...path, index];
    if (index === 0 && band.from !== 0) {
      add([...at, "from"], "first band", (file) =>
        message.bandFirstFrom(file, located([...at, "from"]), band.from),
      );
    }
    const previous = bands[index - 1];
    if (previous && previous.upTo !== null && band.from !== previous.upTo) {
      const upTo = previous.upTo;
      const format =
        band.from > upTo
          ? (file: string) => message.bandGap(file, located([...at, "from"]), band.from, upTo)
          : (file: string) => message.bandOverlap(file, located([...at, "from"]), band.from, upTo);
      add([...at, "from"], "gap or overlap", format);
    }
    if (band.upTo === null && index < bands.length - 1) {
      add([...at, "upTo"], "open band", (file) => message.bandOpenNotLast(file, located([...at, "upTo"])));
    }
    if (band.upTo !== null && band.upTo <= band.from) {
      add([...at, "upTo"], "empty band", (file) => message.bandEmpty(file, located([...at, "upTo"])));
    }
  });
  return problems;
}

/** Checks a schema-valid scenario for what a JSON Schema cannot say: band order, age ranges, … */
function meaningProblems(scenario: Scenario): ScenarioProblem[] {
  const { policy, assumptions } = scenario;
  const problems = bandProblems(policy.inpatient.bands, ["policy", "inpatient", "bands"]);
  if (policy.specialOutpatient.bands) {
    problems.push(...bandProblems(policy.specialOutpatient.bands, ["policy", "specialOutpatient", "bands"]));
  }
  const allowance = policy.inpatient.dailyAllowance;
  if (allowance && allowance.ratePerDayByYears.length === 0) {
    const path = ["policy", "inpatient", "dailyAllowance"];
    problems.push({
      path: [...path, "ratePerDayByYears"],
      detail: "empty",
      format: (file) => message.allowanceEmpty(file, jsonPath(path)),
    });
  }
  for (const status of ["active", "retiree"] as const) {
    const range = policy.eligibility[status];
    if (range && range.minAge > range.maxAge) {
      const path = ["policy", "eligibility", status];
      problems.push({ path, detail: "age range", format: (file) => message.ageRange(file, jsonPath(path)) });
    }
  }
  const kinds = new Set<string>();
  policy.lumpSums.forEach((product, index) => {
    const path = ["policy", "lumpSums", index];
    if (kinds.has(product.kind)) {
      problems.push({
        path: [...path, "kind"],
        detail: "duplicate",
        format: (file) => message.duplicateLumpSum(file, jsonPath(path), product.kind),
      });
    }
    kinds.add(product.kind);
  });
  const membership = assumptions.membership;
  const sharesAddUp = (shares: readonly number[], path: (string | number)[]) => {
    const sum = shares.reduce((total, share) => total + share, 0);
    if (shares.length > 0 && Math.abs(sum - 1) > 1e-9) {
      problems.push({
        path,
        detail: "shares sum",
        format: (file) => message.sharesSum(file, jsonPath(path), sum),
      });
    }
  };
  sharesAddUp(
    membership.activeAgeBands.map((band) => band.share),
    ["assumptions", "membership", "activeAgeBands"],
  );
  sharesAddUp(membership.allowanceYearsShares, ["assumptions", "membership", "allowanceYearsShares"]);
  if (membership.regions.length === 0) {
    const path = ["assumptions", "membership", "regions"];
    problems.push({ path, detail: "empty", format: (file) => message.regionsEmpty(file, jsonPath(path)) });
  }
  for (const key of ["activeAgeBands"] as const) {
    if (membership[key].length === 0) {
      const path = ["assumptions", "membership", key];
      problems.push({ path, detail: "empty", format: (file) => message.ageBandsEmpty(file, jsonPath(path)) });
    }
  }
  return problems;
}

/**
 * Validates a resolved scenario (after `extends` and defaults): first against the JSON Schema generated
 * from the types, then for what a schema cannot express (bands that overlap or leave gaps, …).
 * Returns the problems, empty when the scenario is valid.
 */
export function validateScenario(document: unknown): ScenarioProblem[] {
  const problems = schemaProblems(document);
  if (problems.length > 0) return problems;
  return meaningProblems(document as Scenario);
}
