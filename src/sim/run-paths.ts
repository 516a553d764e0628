import { compileModel, type Model } from "../model/compile-model.ts";
import type { Scenario } from "../scenario/types.ts";
import { metricCount } from "./metrics.ts";
import { sameStayDraws } from "./same-stay-draws.ts";
import { StayTape } from "./shared-stays.ts";
import { createWorkspace, simulatePath, simulatePathYears } from "./simulate-path.ts";

/** A block of paths for one worker: scenarios (two for a comparison on common random numbers), seed, horizon. */
export interface ChunkRequest {
  scenarios: Scenario[];
  seed: number;
  years: number;
  pathStart: number;
  pathEnd: number;
  /**
   * Draw every stay of each scenario of a comparison on its own, as two separate runs do, instead of
   * drawing once the cells the two share (the figures are the same to the bit; for tests and the bench).
   */
  drawEachScenario?: boolean;
}

/** The metrics of a chunk: for each scenario, `(pathEnd − pathStart) × years × metricCount` values. */
export interface ChunkResult {
  pathStart: number;
  pathEnd: number;
  metrics: Float64Array[];
  /** For a comparison drawn once where it can: the second scenario's cell-years paid from the first's draws, and drawn. */
  sharing?: { sharedCells: number; drawnCells: number };
}

const modelCache = new Map<string, Model>();

/**
 * The compiled model of a scenario, compiled once per thread for equal scenarios (a worker receives a new
 * copy of the scenario with every chunk). Keeps the four most recent.
 */
export function modelFor(scenario: Scenario): Model {
  const key = JSON.stringify(scenario);
  let model = modelCache.get(key);
  if (!model) {
    model = compileModel(scenario);
    modelCache.set(key, model);
    if (modelCache.size > 4) modelCache.delete(modelCache.keys().next().value!);
  }
  return model;
}

/**
 * Runs a chunk of paths in this thread: the kernel entry that Node's worker threads, the browser's Web
 * Workers and single-threaded callers share. `onPath` is called after each path (for progress). No I/O.
 */
export function runPaths(request: ChunkRequest, onPath?: (pathsDone: number) => void): ChunkResult {
  const count = request.pathEnd - request.pathStart;
  const metrics = request.scenarios.map(() => new Float64Array(0));
  const models = request.scenarios.map(modelFor);
  const widths = models.map((model) => metricCount(model.bandSlots));
  models.forEach(
    (model, index) => (metrics[index] = new Float64Array(count * request.years * widths[index]!)),
  );
  const workspaces = models.map(createWorkspace);
  // A comparison whose scenarios draw stays alike: run their years in turn, the second paying the stays
  // the first drew in every cell where their members agree (draw once, pay twice; the same figures).
  if (models.length === 2 && !request.drawEachScenario && sameStayDraws(models[0]!, models[1]!)) {
    const first = new StayTape(models[0]!.cells.cellCount);
    workspaces[0]!.sharedStays = { own: first, sharedCells: 0, drawnCells: 0 };
    const second = {
      own: new StayTape(models[1]!.cells.cellCount),
      from: first,
      sharedCells: 0,
      drawnCells: 0,
    };
    workspaces[1]!.sharedStays = second;
    for (let offset = 0; offset < count; offset++) {
      const path = request.pathStart + offset;
      const [a, b] = models.map((model, index) =>
        simulatePathYears(
          model,
          request.seed,
          path,
          request.years,
          metrics[index]!,
          offset * request.years * widths[index]!,
          workspaces[index]!,
        ),
      );
      first.recorded = false;
      while (!a!.next().done) b!.next();
      b!.next();
      onPath?.(offset + 1);
    }
    const sharing = { sharedCells: second.sharedCells, drawnCells: second.drawnCells };
    return { pathStart: request.pathStart, pathEnd: request.pathEnd, metrics, sharing };
  }
  for (let offset = 0; offset < count; offset++) {
    const path = request.pathStart + offset;
    models.forEach((model, index) => {
      const rowSize = request.years * widths[index]!;
      simulatePath(
        model,
        request.seed,
        path,
        request.years,
        metrics[index]!,
        offset * rowSize,
        workspaces[index]!,
      );
    });
    onPath?.(offset + 1);
  }
  return { pathStart: request.pathStart, pathEnd: request.pathEnd, metrics };
}
