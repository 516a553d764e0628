import type { ChunkResult } from "./run-paths.ts";
import { bandSlots } from "./band-slots.ts";
import type { SimulationRequest, SimulationRun } from "./run-simulation.ts";

/**
 * The run made of the chunks finished so far: their paths in path order, as if the request had asked
 * for just those paths. Summarising it gives the current estimates while a run goes on; with every
 * chunk it holds the same metrics, bit for bit, as the finished run. `null` before the first chunk.
 * Cost: O(paths done × years × metrics) (a copy).
 */
export function partialRun(request: SimulationRequest, chunks: readonly ChunkResult[]): SimulationRun | null {
  if (chunks.length === 0) return null;
  const ordered = [...chunks].sort((a, b) => a.pathStart - b.pathStart);
  const paths = ordered.reduce((sum, chunk) => sum + chunk.pathEnd - chunk.pathStart, 0);
  const scenarios = request.compare ? [request.scenario, request.compare] : [request.scenario];
  const outcomes = scenarios.map((scenario, index) => {
    const first = ordered[0]!;
    const width = first.metrics[index]!.length / ((first.pathEnd - first.pathStart) * request.years);
    const metrics = new Float64Array(paths * request.years * width);
    let offset = 0;
    for (const chunk of ordered) {
      metrics.set(chunk.metrics[index]!, offset);
      offset += chunk.metrics[index]!.length;
    }
    return { scenario, width, metrics, bandSlots: bandSlots(scenario.policy) };
  });
  return { request: { ...request, paths }, outcomes };
}
