// Worker-thread entry (Node): receives chunk requests, runs the shared kernel, posts progress and results.
// The only file in src/sim that talks to a parent thread.
import { parentPort } from "node:worker_threads";
import { runPaths, type ChunkRequest } from "./run-paths.ts";
import type { WorkerReply } from "./worker-pool.ts";

const port = parentPort;
if (port) {
  port.on("message", (request: ChunkRequest) => {
    try {
      const result = runPaths(request, (pathsDone) =>
        port.postMessage({ type: "progress", pathsDone } satisfies WorkerReply),
      );
      port.postMessage(
        { type: "result", result } satisfies WorkerReply,
        result.metrics.map((metrics) => metrics.buffer as ArrayBuffer),
      );
    } catch (error) {
      port.postMessage({ type: "error", message: (error as Error).message } satisfies WorkerReply);
    }
  });
}
