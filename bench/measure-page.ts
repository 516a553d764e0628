/**
 * Times the page's engine in headless Chromium (Debian's /usr/bin/chromium through playwright-core, as
 * the e2e tests do) and Node's on the same paths, each on a warmed pool of `threads`, and checks that the
 * two give the same metrics (bit for bit).
 */
import { fileURLToPath } from "node:url";
import { serveToChromium } from "./headless-chromium.ts";
import { createServer } from "vite";
import type { Scenario } from "../src/scenario/types.ts";
import { createNodeWorkerPool } from "../src/sim/node-worker-pool.ts";
import { runSimulation } from "../src/sim/run-simulation.ts";

const root = fileURLToPath(new URL("../", import.meta.url));

export async function measurePage(
  scenario: Scenario,
  settings: { paths: number; years: number; seed: number; threads: number },
): Promise<{ pageSeconds: number; nodeSeconds: number; version: string; same: boolean }> {
  const { paths, years, seed, threads } = settings;
  const server = await createServer({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: "error",
    server: { host: "127.0.0.1", port: 0, open: false },
    optimizeDeps: { entries: ["bench/page.html"], include: ["seedrandom"] },
  });
  const { port, browser } = await serveToChromium(server);
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/bench/page.html`);
    await page.waitForFunction(() => "huzhuBench" in window, undefined, { timeout: 120_000 });
    const result = await page.evaluate(
      async ([scenario, paths, years, seed, threads]) =>
        (
          window as unknown as {
            huzhuBench: (
              ...args: [Scenario, number, number, number, number]
            ) => Promise<{ seconds: number; metrics: number[] }>;
          }
        ).huzhuBench(scenario, paths, years, seed, threads),
      [scenario, paths, years, seed, threads] as [Scenario, number, number, number, number],
    );
    const pool = createNodeWorkerPool(threads);
    try {
      await runSimulation({ scenario, paths: threads * 2, years: 1, seed: 99 }, pool);
      const start = performance.now();
      const run = await runSimulation({ scenario, paths, years, seed }, pool);
      const nodeSeconds = (performance.now() - start) / 1000;
      const metrics = run.outcomes[0]!.metrics;
      const same =
        metrics.length === result.metrics.length &&
        metrics.every((value, index) => Object.is(value, result.metrics[index]));
      return { pageSeconds: result.seconds, nodeSeconds, version: browser.version(), same };
    } finally {
      pool.terminate();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
