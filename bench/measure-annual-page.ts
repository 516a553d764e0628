/**
 * Times the annual results tab's work in headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core, as the e2e tests do) on a year's files and the previous year's: see
 * bench/page-annual.ts for what is timed. The dev server serves the files from DIR. Reports the page's seconds, the renderer's CPU seconds over the run
 * and its peak resident memory (VmHWM of the renderer process, from /proc: Linux only).
 * Usage (also `npm run bench` item 9): tsx bench/measure-annual-page.ts DIR YEAR
 */
import { createReadStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveToChromium } from "./headless-chromium.ts";
import { createServer } from "vite";
import { loadScenario } from "../src/scenario/load-scenario.ts";
import type { Scenario } from "../src/scenario/types.ts";

const root = fileURLToPath(new URL("../", import.meta.url));

/** Peak resident memory of a process in MB (Linux /proc), or NaN. */
function peakMb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

export async function measureAnnualPage(
  dir: string,
  year: number,
): Promise<{
  seconds: number;
  readSeconds: number;
  cpuSeconds: number;
  peakMb: number;
  members: number;
  claims: number;
  version: string;
}> {
  const scenario = loadScenario("scenarios/inner-mongolia-2021.json");
  const server = await createServer({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: "error",
    server: { host: "127.0.0.1", port: 0, open: false },
    optimizeDeps: { entries: ["bench/page-annual.html"] },
    plugins: [
      {
        name: "huzhu-bench-data",
        // The year's files, served from DIR (only names like members-2023.csv), before Vite's own pages.
        configureServer(dev) {
          dev.middlewares.use("/bench-data/", (request, response) => {
            const name = (request.url ?? "").replace(/^\//, "");
            if (!/^(members|claims)-\d{4}\.csv$/.test(name)) {
              response.statusCode = 404;
              response.end();
              return;
            }
            response.setHeader("Content-Type", "text/csv");
            createReadStream(join(dir, name)).pipe(response);
          });
        },
      },
    ],
  });
  const { port, browser } = await serveToChromium(server);
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/bench/page-annual.html`);
    await page.waitForFunction(() => "huzhuAnnualBench" in window, undefined, { timeout: 120_000 });
    const cdp = await browser.newBrowserCDPSession();
    const renderer = async () => {
      const { processInfo } = (await cdp.send("SystemInfo.getProcessInfo")) as {
        processInfo: { type: string; id: number; cpuTime: number }[];
      };
      return processInfo.filter((info) => info.type === "renderer");
    };
    const urls = [year - 1, year].map((y) => ({
      members: `/bench-data/members-${y}.csv`,
      claims: `/bench-data/claims-${y}.csv`,
    }));
    await page.evaluate(
      async (urls) =>
        (
          window as unknown as {
            huzhuAnnualFetch: (years: { members: string; claims: string }[]) => Promise<void>;
          }
        ).huzhuAnnualFetch(urls),
      urls,
    );
    const before = await renderer();
    const result = await page.evaluate(
      async (scenario) =>
        (
          window as unknown as {
            huzhuAnnualBench: (
              scenario: Scenario,
            ) => Promise<{ seconds: number; readSeconds: number; headline: Record<string, unknown>[] }>;
          }
        ).huzhuAnnualBench(scenario),
      scenario,
    );
    const after = await renderer();
    // The page's renderer: the one whose CPU time grew most over the timed run.
    const used = after
      .map((info) => ({
        id: info.id,
        cpu: info.cpuTime - (before.find((b) => b.id === info.id)?.cpuTime ?? 0),
      }))
      .sort((a, b) => b.cpu - a.cpu)[0];
    const value = (measure: string) => Number(result.headline.find((row) => row.measure === measure)?.value);
    return {
      seconds: result.seconds,
      readSeconds: result.readSeconds,
      cpuSeconds: used?.cpu ?? NaN,
      peakMb: used ? peakMb(used.id) : NaN,
      members: value("members"),
      claims: value("claims"),
      version: browser.version(),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dir = ".", yearText = "2023"] = process.argv.slice(2);
  console.log(JSON.stringify(await measureAnnualPage(dir, Number(yearText))));
}
