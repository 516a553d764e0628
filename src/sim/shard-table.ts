import { tableFromArrays, tableFromIPC, tableToIPC } from "@uwdata/flechette";
import type { Scenario } from "../scenario/types.ts";
import { ENGINE_VERSION } from "./engine-version.ts";
import { METRIC, metricCount } from "./metrics.ts";
import { bandSlots } from "./band-slots.ts";
import type { PathBlock, SimulationRun } from "./run-simulation.ts";
import type { Shard } from "./shard-block.ts";

/** Format tag written into every shard file's schema metadata. */
export const SHARD_FORMAT = "huzhu-shard/1";

/** What a shard file holds: the run's settings, which block it is, and every path-year's figures. */
export interface ShardData {
  format: string;
  engine: string;
  /** A digest of the scenarios' JSON (the writer's choice of hash), to tell runs apart. */
  scenarioHash: string;
  scenarios: Scenario[];
  paths: number;
  years: number;
  seed: number;
  shard: Shard;
  block: PathBlock;
  /** For each scenario, `(block.end − block.start) × years × width` values, path-major (as `SimulationRun`). */
  metrics: Float64Array[];
  widths: number[];
}

/**
 * Column names of one scenario's figures: the `METRIC` slots by name, then the band slots
 * (`band_1_active` … then `band_1_retiree` …), prefixed by `prefix`.
 * @example metricColumnNames(1, "compare.").slice(-3)
 * // → ["compare.retireeTopUp", "compare.band_1_active", "compare.band_1_retiree"]
 */
export function metricColumnNames(bandSlots: number, prefix: string): string[] {
  const names = Object.entries(METRIC)
    .filter(([name]) => name !== "bands")
    .sort((a, b) => a[1] - b[1])
    .map(([name]) => prefix + name);
  for (let band = 1; band <= bandSlots; band++) names.push(`${prefix}band_${band}_active`);
  for (let band = 1; band <= bandSlots; band++) names.push(`${prefix}band_${band}_retiree`);
  return names;
}

const prefixOf = (scenarioIndex: number) => (scenarioIndex === 0 ? "" : "compare.");

/**
 * Encodes a run of a block of paths as an Apache Arrow IPC file: one row per path and year (`path` from 0,
 * `year` from 1), one float64 column per figure (the comparison's columns prefixed `compare.`), and the
 * run's settings in the schema metadata (`huzhu.*` keys). Float64 columns carry every figure exactly, so
 * shards merge into the same bytes as one run.
 */
export function encodeShard(run: SimulationRun, shard: Shard, scenarioHash: string): Uint8Array {
  const { years, paths, seed } = run.request;
  const block = run.block ?? { start: 0, end: paths };
  const count = block.end - block.start;
  const rows = count * years;
  const path = new Int32Array(rows);
  const year = new Int32Array(rows);
  for (let row = 0; row < rows; row++) {
    path[row] = block.start + Math.floor(row / years);
    year[row] = (row % years) + 1;
  }
  const columns: [string, Int32Array | Float64Array][] = [
    ["path", path],
    ["year", year],
  ];
  run.outcomes.forEach((outcome, index) => {
    const names = metricColumnNames((outcome.width - METRIC.bands) / 2, prefixOf(index));
    names.forEach((name, slot) => {
      const column = new Float64Array(rows);
      for (let row = 0; row < rows; row++) column[row] = outcome.metrics[row * outcome.width + slot]!;
      columns.push([name, column]);
    });
  });
  const table = tableFromArrays(columns);
  table.schema.metadata = new Map([
    ["huzhu.format", SHARD_FORMAT],
    ["huzhu.engine", ENGINE_VERSION],
    ["huzhu.scenarioHash", scenarioHash],
    ["huzhu.scenarios", JSON.stringify(run.outcomes.map((outcome) => outcome.scenario))],
    ["huzhu.run", JSON.stringify({ paths, years, seed })],
    ["huzhu.shard", `${shard.index}/${shard.count}`],
    ["huzhu.block", JSON.stringify(block)],
  ]);
  return tableToIPC(table, { format: "file" })!;
}

/**
 * Decodes a shard file written by `encodeShard`.
 * @throws Error with a short reason when the bytes are not such a file (the caller names the file).
 */
export function decodeShard(bytes: Uint8Array): ShardData {
  const table = tableFromIPC(bytes);
  const meta = table.schema.metadata;
  const get = (key: string): string => {
    const value = meta?.get(key);
    if (value === undefined) throw new Error(`the schema metadata has no "${key}"`);
    return value;
  };
  const format = get("huzhu.format");
  if (format !== SHARD_FORMAT) throw new Error(`format "${format}", expected "${SHARD_FORMAT}"`);
  const scenarios = JSON.parse(get("huzhu.scenarios")) as Scenario[];
  const { paths, years, seed } = JSON.parse(get("huzhu.run")) as {
    paths: number;
    years: number;
    seed: number;
  };
  const [index, count] = get("huzhu.shard").split("/").map(Number) as [number, number];
  const block = JSON.parse(get("huzhu.block")) as PathBlock;
  const rows = (block.end - block.start) * years;
  if (table.numRows !== rows) throw new Error(`${table.numRows} rows, expected ${rows}`);
  const column = (name: string): ArrayLike<number> => {
    const child = table.getChild(name);
    if (!child) throw new Error(`no column "${name}"`);
    return child.toArray() as ArrayLike<number>;
  };
  const pathColumn = column("path");
  const yearColumn = column("year");
  const widths: number[] = [];
  const metrics = scenarios.map((scenario, scenarioIndex) => {
    const slots = bandSlots(scenario.policy).length;
    const width = metricCount(slots);
    widths.push(width);
    const values = new Float64Array(rows * width);
    metricColumnNames(slots, prefixOf(scenarioIndex)).forEach((name, slot) => {
      const figures = column(name);
      for (let row = 0; row < rows; row++) {
        const path = pathColumn[row]!;
        const year = yearColumn[row]!;
        if (path < block.start || path >= block.end || year < 1 || year > years)
          throw new Error(`row ${row + 1}: path ${path}, year ${year} is outside the shard's block`);
        values[((path - block.start) * years + year - 1) * width + slot] = figures[row]!;
      }
    });
    return values;
  });
  return {
    format,
    engine: get("huzhu.engine"),
    scenarioHash: get("huzhu.scenarioHash"),
    scenarios,
    paths,
    years,
    seed,
    shard: { index, count },
    block,
    metrics,
    widths,
  };
}
