import type { ChartLocale } from "../../charts/locale.ts";
import type { Scenario } from "../../scenario/types.ts";
import { ENGINE_VERSION } from "../../sim/engine-version.ts";
import { jsonPath } from "../../scenario/json-path.ts";
import { scenarioChanges, type ScenarioChange } from "../scenario/scenario-changes.ts";
import { scenarioDiff } from "../scenario/scenario-diff.ts";
import { scenarioHash } from "../scenario/scenario-hash.ts";

/** What a run ran, for one scenario: written beside its results on the page and in every export. */
export interface RunRecord {
  /** The scenario's name as run (derived from its changes, or as the user typed it), in the run's language. */
  readonly name: string;
  /** The same name in each language, for the page after a language switch. */
  readonly names?: Readonly<Record<ChartLocale, string>>;
  /** FNV-1a-64 fingerprint of the resolved scenario without its name (see `scenarioHash`). */
  readonly hash: string;
  /** The scenario file it came from, e.g. `scenarios/inner-mongolia-2025.json`. */
  readonly baseFile: string;
  /** The fields changed from that file (run settings apart). */
  readonly changes: readonly ScenarioChange[];
  /** The same changes as overrides in the file's own format (what `extends` takes), or `{}`. */
  readonly overrides: unknown;
  readonly seed: number;
  readonly paths: number;
  readonly years: number;
  readonly engine: string;
}

const IGNORED = ["name", "simulation"] as const;

/**
 * The record of running `scenario` (resolved, named) that was made from the file `baseFile` resolving to
 * `base`; paths, years and seed are the run's (scenario A's for both sides of a comparison).
 */
export function runRecord(
  scenario: Scenario,
  base: Scenario,
  baseFile: string,
  run: { readonly paths: number; readonly years: number; readonly seed: number },
  names?: Readonly<Record<ChartLocale, string>>,
): RunRecord {
  const strip = (document: Scenario) => {
    const { name: _name, simulation: _simulation, ...rest } = document;
    return rest;
  };
  return {
    name: scenario.name,
    ...(names ? { names } : {}),
    hash: scenarioHash({ ...scenario, simulation: { ...scenario.simulation, ...run } }),
    baseFile,
    changes: scenarioChanges(base, scenario, IGNORED),
    overrides: scenarioDiff(strip(base), strip(scenario)) ?? {},
    seed: run.seed,
    paths: run.paths,
    years: run.years,
    engine: ENGINE_VERSION,
  };
}

/** The name to show in `locale`: the name in that language when known, else the name as run. */
export function recordName(record: RunRecord, locale: ChartLocale): string {
  return record.names?.[locale] ?? record.name;
}

/**
 * The record as plain JSON for the results file: changes as `{ field, from, to }` with the field's JSON
 * path. `from`/`to` absent in the base or the scenario are `null`.
 */
export function runRecordJson(record: RunRecord): Record<string, unknown> {
  return {
    name: record.name,
    scenarioHash: record.hash,
    baseFile: record.baseFile,
    changes: record.changes.map((change) => ({
      field: jsonPath(change.path),
      from: change.from ?? null,
      to: change.to ?? null,
    })),
    overrides: record.overrides,
    seed: record.seed,
    paths: record.paths,
    years: record.years,
    engine: record.engine,
  };
}

/**
 * The changes in one CSV cell: `field=value` pairs (values as JSON) joined by "; ", or "" for none.
 * @example changesCell([{ path: ["policy", "inpatient", "cap"], from: 150000, to: 250000 }])
 * // → "policy.inpatient.cap=250000"
 */
export function changesCell(changes: readonly ScenarioChange[]): string {
  return changes.map((change) => `${jsonPath(change.path)}=${JSON.stringify(change.to ?? null)}`).join("; ");
}
