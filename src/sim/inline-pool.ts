import { runPaths } from "./run-paths.ts";
import type { WorkerPool } from "./worker-pool.ts";

/** A pool that runs chunks in the calling thread, one after another (tests, notebooks, one thread). */
export function createInlinePool(): WorkerPool {
  let terminated = false;
  return {
    size: 1,
    run: async (request, onPathDone) => {
      if (terminated) throw new Error("the pool was terminated");
      await Promise.resolve();
      // Terminated while waiting its turn (a cancel right after the start): run nothing.
      if (terminated) throw new Error("the pool was terminated");
      return runPaths(request, () => onPathDone());
    },
    terminate: () => {
      terminated = true;
    },
  };
}
