import { CancelledError } from "../../sim/run-simulation.ts";
import type { WorkerPool } from "../../sim/worker-pool.ts";
import type { JobRunner } from "./job-runner.ts";

/** A job runner that can also run a short background job (the speed test) when nothing else runs. */
export interface CalibratingJobRunner extends JobRunner {
  /**
   * Runs `work` on the pool if no job is running or waiting, else resolves `null` at once. A job
   * started meanwhile waits for it (it is short), and Cancel during that wait stops both.
   */
  background<Value>(work: (pool: WorkerPool, signal: AbortSignal) => Promise<Value>): Promise<Value | null>;
}

/**
 * Wraps `jobs` so a background job (the speed test, on page load) shares the pool with the user's jobs:
 * the user's job starts as soon as the background one ends, on the workers it has already started, and
 * never fails with "another job is running".
 */
export function calibratingJobRunner(jobs: JobRunner): CalibratingJobRunner {
  let backgroundJob: Promise<unknown> | null = null;
  let userJobs = 0;
  let waiting: { cancelled: boolean }[] = [];
  return {
    async run(work, onPath) {
      userJobs++;
      try {
        if (backgroundJob) {
          const ticket = { cancelled: false };
          waiting.push(ticket);
          await backgroundJob.catch(() => undefined);
          waiting = waiting.filter((other) => other !== ticket);
          if (ticket.cancelled) throw new CancelledError();
        }
        return await jobs.run(work, onPath);
      } finally {
        userJobs--;
      }
    },
    cancel() {
      for (const ticket of waiting) ticket.cancelled = true;
      jobs.cancel();
    },
    async background(work) {
      if (userJobs > 0 || backgroundJob) return null;
      const job = jobs.run(work, () => undefined);
      backgroundJob = job;
      try {
        return await job;
      } finally {
        backgroundJob = null;
      }
    },
  };
}
