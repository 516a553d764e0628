import { runPaths } from "./run-paths.ts";
import type { WorkerPool } from "./worker-pool.ts";

/** A pool that runs chunks in the calling thread, one after another (tests, notebooks, one thread). */
export function createInlinePool(): WorkerPool {
  let terminated = false;
  return {
    size: 1,
    run: async (request, onPathDone) => {
      if (terminated) throw new Error("the pool was terminated");
      // Every chunk is handed over at once; each waits for its turn here. Checking again after the wait
      // lets a cancel stop the chunks not yet run, however slow the machine (a macrotask wait lets a
      // cancel from an event or a timer in between chunks).
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (terminated) throw new Error("the pool was terminated");
      return runPaths(request, () => onPathDone());
    },
    terminate: () => {
      terminated = true;
    },
  };
}
