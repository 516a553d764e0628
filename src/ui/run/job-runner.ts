import { CancelledError } from "../../sim/run-simulation.ts";
import type { WorkerPool } from "../../sim/worker-pool.ts";

/** Runs one job at a time on a worker pool, counts its paths, and cancels it. */
export interface JobRunner {
  /**
   * Runs `work` on the pool; `onPath` is called once per finished path of every simulation the work
   * starts. Rejects with `CancelledError` when `cancel` is called meanwhile.
   */
  run<Value>(
    work: (pool: WorkerPool, signal: AbortSignal) => Promise<Value>,
    onPath: () => void,
  ): Promise<Value>;
  /** Stops the running job at once: its pool is terminated (a fresh one serves the next job). */
  cancel(): void;
}

/** A pool that reports every finished path to `onPath` as well as to the caller. */
function countingPool(pool: WorkerPool, onPath: () => void): WorkerPool {
  return {
    size: pool.size,
    run: (request, onPathDone) =>
      pool.run(request, () => {
        onPath();
        onPathDone();
      }),
    terminate: () => pool.terminate(),
  };
}

/**
 * A job runner over pools made by `makePool` (the browser's worker pool). The pool is made on the first
 * job and kept for the next ones, since starting workers takes a moment; the pool of a cancelled or
 * failed job is terminated and replaced.
 */
export function createJobRunner(makePool: () => WorkerPool): JobRunner {
  let pool: WorkerPool | null = null;
  let running: AbortController | null = null;
  return {
    async run(work, onPath) {
      if (running) throw new Error("another job is running");
      const controller = new AbortController();
      running = controller;
      pool ??= makePool();
      try {
        return await work(countingPool(pool, onPath), controller.signal);
      } catch (error) {
        if (controller.signal.aborted) throw new CancelledError();
        // A failed job may leave a worker broken: start the next job on fresh workers.
        pool?.terminate();
        pool = null;
        throw error;
      } finally {
        running = null;
      }
    },
    cancel() {
      if (!running) return;
      running.abort();
      pool?.terminate();
      pool = null;
    },
  };
}
