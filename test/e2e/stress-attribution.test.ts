/**
 * The comparison tab's stress test and attribution in a real browser (Debian's Chromium, headless): the
 * page runs them on its workers and shows what `runAttribution` and `runStressComparison` compute in Node
 * on one thread; screenshots in Chinese and English go to `test-results/screenshots/`.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { runStressComparison } from "../../src/risk/compare-stress.ts";
import { runAttribution } from "../../src/risk/run-attribution.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { chartsDrawn, download, repoRoot, screenshot, setRun, useWorkbench } from "./workbench-browser.ts";

const RUN = { paths: 8, years: 3, seed: 1 };
const TIMEOUT = 180_000;
const im2021 = loadScenario(`${repoRoot}scenarios/inner-mongolia-2021.json`);
const im2025 = loadScenario(`${repoRoot}scenarios/inner-mongolia-2025.json`);

const workbench = useWorkbench(TIMEOUT);

/** A = IM 2021 with the run settings, B = IM 2025, on the comparison tab. */
async function openComparison(): Promise<Page> {
  const page = await workbench.open("", { width: 1400, height: 1000 });
  await page.selectOption('[data-role="scenario-select"]', "inner-mongolia-2021");
  await setRun(page, RUN);
  await page.click('[data-tab="compare"]');
  await page.selectOption('[data-role="compare-select"]', "inner-mongolia-2025");
  return page;
}

/** Runs both analyses and waits for their results and charts. */
async function runBoth(page: Page): Promise<void> {
  await page.check('[data-stress="cost-shock"]');
  await page.click('[data-action="run-stress"]');
  await page.waitForSelector('[data-role="stress-results"]', { timeout: 120_000 });
  await page.waitForSelector('[data-action="run-attribution"]:not([disabled])', { timeout: 60_000 });
  await page.click('[data-action="run-attribution"]');
  await page.waitForSelector('[data-role="attribution-results"]', { timeout: 150_000 });
  await chartsDrawn(page, '[data-role="attribution-results"]');
}

describe("stress test and attribution in the comparison tab", () => {
  it(
    "shows the waterfall and the stress test as Node computes them, in Chinese, then English",
    async () => {
      const page = await openComparison();
      await runBoth(page);
      const attribution = await runAttribution({ from: im2021, to: im2025, ...RUN }, createInlinePool());
      const csv = (await download(page, '[data-action="download-attribution-csv"]')).text
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\n");
      const header = csv[0]!.split(",");
      const column = header.indexOf("benefits_incurred");
      const values = csv.slice(1).map((line) => Number(line.split(",")[column]));
      expect(values).toEqual([
        ...attribution.steps.map((step) => step.benefitsIncurred),
        attribution.total.benefitsIncurred,
      ]);
      const sentence = await page.locator('[data-role="attribution-sentence"]').textContent();
      expect(sentence).toContain("影响最大的步骤");

      const stress = await runStressComparison(
        { scenario: im2025, stresses: ["epidemic", "cost-shock"], ...RUN },
        createInlinePool(),
      );
      const stressCsv = (await download(page, '[data-action="download-stress-csv"]')).text;
      const horizon = stressCsv.split("\n").find((line) => line.includes(",horizon,benefitsIncurred,"))!;
      expect(Number(horizon.split(",")[6])).toBe(stress.horizon.change.benefitsIncurred);
      await page.locator('[data-role="stress-attribution"]').screenshot({
        path: `${repoRoot}test-results/screenshots/stress-attribution-zh.png`,
      });
      await screenshot(page, "compare-stress-attribution-zh");

      await page.click('[data-action="switch-language"]');
      await page.waitForSelector('[data-action="run-stress"]');
      await runBoth(page);
      expect(await page.locator('[data-role="attribution-sentence"]').textContent()).toContain(
        "largest steps",
      );
      await page.locator('[data-role="stress-attribution"]').screenshot({
        path: `${repoRoot}test-results/screenshots/stress-attribution-en.png`,
      });
      await page.close();
    },
    TIMEOUT * 2,
  );
});
