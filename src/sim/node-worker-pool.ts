import { Worker } from "node:worker_threads";
import type { ChunkRequest, ChunkResult } from "./run-paths.ts";
import type { WorkerPool, WorkerReply } from "./worker-pool.ts";

interface Slot {
  worker: Worker;
  busy: boolean;
}

/**
 * A pool of Node worker threads running `src/sim/node-worker.ts`. Chunks queue for a free thread.
 * Cost: about 0.3 s to start a thread (it loads the TypeScript sources through tsx).
 */
export function createNodeWorkerPool(threads: number): WorkerPool {
  const url = new URL("./node-worker-bootstrap.mjs", import.meta.url);
  const slots: Slot[] = Array.from({ length: threads }, () => ({ worker: new Worker(url), busy: false }));
  const queue: (() => void)[] = [];
  let terminated = false;

  const acquire = (): Promise<Slot> =>
    new Promise((resolve) => {
      const tryTake = () => {
        const slot = slots.find((candidate) => !candidate.busy);
        if (!slot) return false;
        slot.busy = true;
        resolve(slot);
        return true;
      };
      if (!tryTake()) queue.push(() => void tryTake());
    });

  const release = (slot: Slot) => {
    slot.busy = false;
    queue.shift()?.();
  };

  return {
    size: threads,
    async run(request: ChunkRequest, onPathDone: () => void): Promise<ChunkResult> {
      if (terminated) throw new Error("the pool was terminated");
      const slot = await acquire();
      try {
        return await new Promise<ChunkResult>((resolve, reject) => {
          let reported = 0;
          const onMessage = (reply: WorkerReply) => {
            if (reply.type === "progress") {
              while (reported < reply.pathsDone) {
                reported++;
                onPathDone();
              }
            } else {
              slot.worker.off("message", onMessage);
              slot.worker.off("error", onError);
              slot.worker.off("exit", onExit);
              if (reply.type === "result") resolve(reply.result);
              else reject(new Error(reply.message));
            }
          };
          const onError = (error: Error) => reject(error);
          const onExit = () => reject(new Error("the worker thread stopped"));
          slot.worker.on("message", onMessage);
          slot.worker.once("error", onError);
          slot.worker.once("exit", onExit);
          slot.worker.postMessage(request);
        });
      } finally {
        release(slot);
      }
    },
    terminate() {
      terminated = true;
      for (const slot of slots) void slot.worker.terminate();
    },
  };
}
