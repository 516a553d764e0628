import type { ChunkRequest, ChunkResult } from "./run-paths.ts";

/** What a worker sends back: progress after each path, then the result (or an error message). */
export type WorkerReply =
  | { type: "progress"; pathsDone: number }
  | { type: "result"; result: ChunkResult }
  | { type: "error"; message: string };

/**
 * Runs chunks of paths on threads. Node (`createNodeWorkerPool`), the browser (`createBrowserWorkerPool`)
 * and the same thread (`createInlinePool`) implement it; `runSimulation` only sees this interface.
 */
export interface WorkerPool {
  readonly size: number;
  /** Runs one chunk on a free thread; `onPathDone` is called once per finished path. */
  run(request: ChunkRequest, onPathDone: () => void): Promise<ChunkResult>;
  /** Stops every thread at once (cancellation); the pool cannot be used afterwards. */
  terminate(): void;
}
