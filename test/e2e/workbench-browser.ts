/**
 * The e2e harness: the workbench served by Vite's dev server (started here, on a free port on
 * 127.0.0.1) and Debian's Chromium driven by playwright-core. No browser is downloaded.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll } from "vitest";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const screenshotDir = `${repoRoot}test-results/screenshots`;

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** The served workbench and a browser to open it in. */
export interface Workbench {
  readonly url: string;
  readonly browser: Browser;
  /** A new page on the workbench (`hash` appended, e.g. a shared link's), ready to use. */
  open(hash?: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Starts Vite's dev server on the repository and launches Chromium headless. */
export async function startWorkbench(): Promise<Workbench> {
  const port = await freePort();
  const server: ViteDevServer = await createServer({
    root: repoRoot,
    configFile: `${repoRoot}vite.config.ts`,
    logLevel: "error",
    server: { host: "127.0.0.1", port, strictPort: true, open: false },
  });
  await server.listen();
  const url = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  mkdirSync(screenshotDir, { recursive: true });
  return {
    url,
    browser,
    async open(hash = "", viewport = { width: 1400, height: 1000 }) {
      const page = await browser.newPage({ viewport, acceptDownloads: true });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${url}${hash}`);
      await page.waitForSelector("#app[data-ready]", { timeout: 60_000 }).catch((error: Error) => {
        throw new Error(`the workbench did not start: ${error.message}; page errors: ${errors.join("; ")}`);
      });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Starts the workbench before the tests of the calling file or `describe` block (within `timeout` ms)
 * and closes it after them; the returned handle opens pages on it. Every e2e file shares this setup.
 */
export function useWorkbench(timeout: number): Pick<Workbench, "open"> {
  let workbench: Workbench | undefined;
  beforeAll(async () => {
    workbench = await startWorkbench();
  }, timeout);
  afterAll(async () => {
    await workbench?.close();
  });
  return {
    open(hash, viewport) {
      if (!workbench) throw new Error("the workbench has not started (useWorkbench's beforeAll failed)");
      return workbench.open(hash, viewport);
    },
  };
}

/** Saves a full-page screenshot as `test-results/screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
}

/** The number in a cell's `data-<attribute>`. */
export async function dataNumber(page: Page, selector: string, attribute = "value"): Promise<number> {
  const text = await page.locator(selector).first().getAttribute(`data-${attribute}`);
  if (text === null) throw new Error(`${selector} has no data-${attribute}`);
  return Number(text);
}

/** Types `value` into the field bound to the scenario path `path` (e.g. `policy.inpatient.cap`). */
export async function setField(page: Page, path: string, value: string): Promise<void> {
  await page.locator(`input[data-path="${path}"]`).first().fill(value);
}

/** Sets the run settings of the run bar. */
export async function setRun(
  page: Page,
  settings: { paths: number; years: number; seed: number },
): Promise<void> {
  await setField(page, "simulation.paths", String(settings.paths));
  await setField(page, "simulation.years", String(settings.years));
  await setField(page, "simulation.seed", String(settings.seed));
}

/** Waits until every chart in `scope` has been drawn. */
export async function chartsDrawn(page: Page, scope: string): Promise<void> {
  await page.waitForFunction(
    (selector) => {
      const charts = [...document.querySelectorAll(`${selector} .chart-card`)];
      return charts.length > 0 && charts.every((chart) => chart.getAttribute("data-ready") === "true");
    },
    scope,
    { timeout: 60_000 },
  );
}

/** The message line of the field bound to `path` (the element its input's `aria-describedby` names). */
export async function problemOf(page: Page, path: string): Promise<string> {
  const id = await page.locator(`input[data-path="${path}"]`).first().getAttribute("aria-describedby");
  return (await page.locator(`[id="${id}"]`).textContent()) ?? "";
}

/** Clicks a download button and reads the file it saves. */
export async function download(
  page: Page,
  selector: string,
): Promise<{ name: string; bytes: Buffer; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const bytes = readFileSync(await file.path());
  return { name: file.suggestedFilename(), bytes, text: bytes.toString("utf8") };
}

/** The text of a chart's title in its SVG. */
export async function chartTitle(page: Page, chart: string): Promise<string> {
  return page
    .locator(`[data-chart="${chart}"] svg .role-title-text`)
    .first()
    .textContent() as Promise<string>;
}
