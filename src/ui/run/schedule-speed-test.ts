import { DEFAULT_SCENARIO, loadBundledScenario } from "../scenario/bundled-scenarios.ts";
import type { AppState } from "../shell/app-state.ts";
import type { Store } from "../shell/store.ts";
import type { CalibratingJobRunner } from "./calibrating-job-runner.ts";
import { measureClaimRate } from "./speed-test.ts";

/** How long after the page is drawn the speed test may wait for an idle moment, in milliseconds. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * When the page is first idle and no claim rate is known yet, times a few one-year paths of the default
 * scenario on the worker pool (`measureClaimRate`, its own seed, results thrown away) and keeps the rate
 * in `state.claimRate`, so the Run button shows an estimate before the first run. It never blocks the
 * page (the work runs in the workers), a run started meanwhile waits for it (well under a second of
 * work), and a failure only leaves the estimate out.
 */
export function scheduleSpeedTest(store: Store<AppState>, jobs: CalibratingJobRunner): void {
  const start = () => {
    if (store.get().claimRate !== null) return;
    jobs
      .background((pool, signal) =>
        measureClaimRate(pool, loadBundledScenario(DEFAULT_SCENARIO), signal, () => performance.now()),
      )
      .then((perSecond) => {
        if (perSecond !== null && store.get().claimRate === null)
          store.set({ claimRate: { perSecond, basis: "speedTest" } });
      })
      .catch(() => undefined);
  };
  if (typeof requestIdleCallback === "function") requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(start, 0);
}
