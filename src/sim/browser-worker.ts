// Web Worker entry (browser): receives chunk requests, runs the shared kernel, posts progress and results.
// The browser's twin of `node-worker.ts`, and the only file the workbench runs that calls `postMessage`.
import { runPaths, type ChunkRequest } from "./run-paths.ts";
import type { WorkerReply } from "./worker-pool.ts";

/** The parts of a dedicated worker's global scope this entry uses (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ChunkRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    const result = runPaths(event.data, (pathsDone) => scope.postMessage({ type: "progress", pathsDone }));
    scope.postMessage(
      { type: "result", result },
      result.metrics.map((metrics) => metrics.buffer as ArrayBuffer),
    );
  } catch (error) {
    scope.postMessage({ type: "error", message: (error as Error).message });
  }
};
