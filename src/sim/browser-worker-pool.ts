import type { ChunkRequest, ChunkResult } from "./run-paths.ts";
import type { WorkerPool, WorkerReply } from "./worker-pool.ts";

interface Slot {
  worker: Worker;
  busy: boolean;
  /** Rejects the chunk running on this slot (set while busy), so `terminate` settles every caller. */
  fail?: (error: Error) => void;
}

/**
 * A pool of Web Workers running `src/sim/browser-worker.ts`: the browser's twin of
 * `createNodeWorkerPool`. Chunks queue for a free worker; `terminate` stops every worker at once and
 * rejects the chunks still running or queued, so a cancelled run settles immediately.
 * Cost: each worker loads the kernel's modules once (a few hundred milliseconds), so keep a pool for
 * several runs and make a new one only after `terminate`.
 * @param threads number of workers, e.g. `navigator.hardwareConcurrency`
 */
export function createBrowserWorkerPool(threads: number): WorkerPool {
  const slots: Slot[] = Array.from({ length: threads }, () => ({
    worker: new Worker(new URL("./browser-worker.ts", import.meta.url), { type: "module" }),
    busy: false,
  }));
  const queue: { take: () => boolean; fail: (error: Error) => void }[] = [];
  let terminated = false;
  const stopped = () => new Error("the pool was terminated");

  const acquire = (): Promise<Slot> =>
    new Promise((resolve, reject) => {
      const take = () => {
        const slot = slots.find((candidate) => !candidate.busy);
        if (!slot) return false;
        slot.busy = true;
        resolve(slot);
        return true;
      };
      if (!take()) queue.push({ take, fail: reject });
    });

  const release = (slot: Slot) => {
    slot.busy = false;
    slot.fail = undefined;
    if (!terminated) queue.shift()?.take();
  };

  return {
    size: threads,
    async run(request: ChunkRequest, onPathDone: () => void): Promise<ChunkResult> {
      if (terminated) throw stopped();
      const slot = await acquire();
      try {
        return await new Promise<ChunkResult>((resolve, reject) => {
          let reported = 0;
          const detach = () => {
            slot.worker.onmessage = null;
            slot.worker.onerror = null;
          };
          slot.fail = (error) => {
            detach();
            reject(error);
          };
          slot.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
            const reply = event.data;
            if (reply.type === "progress") {
              while (reported < reply.pathsDone) {
                reported++;
                onPathDone();
              }
              return;
            }
            detach();
            if (reply.type === "result") resolve(reply.result);
            else reject(new Error(reply.message));
          };
          slot.worker.onerror = (event: ErrorEvent) => {
            detach();
            reject(new Error(event.message || "the worker failed to start"));
          };
          slot.worker.postMessage(request);
        });
      } finally {
        release(slot);
      }
    },
    terminate() {
      if (terminated) return;
      terminated = true;
      for (const slot of slots) {
        slot.worker.terminate();
        slot.fail?.(stopped());
      }
      for (const waiting of queue.splice(0)) waiting.fail(stopped());
    },
  };
}
