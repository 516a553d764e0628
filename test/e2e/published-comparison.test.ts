/**
 * The results tab's "Published vs simulated" panel (公布数据与模拟对比) in Chromium: without a run it shows
 * the scenario's expected year one beside the fund's published figures (read from the bundled
 * data/published CSV, no request), says when a scenario has none, and fits 1,280 px; after a run it sits
 * under the results. Screenshots in Chinese and English go to `test-results/screenshots/`.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot, screenshotDir, setField, setRun, useWorkbench } from "./workbench-browser.ts";

const TIMEOUT = 180_000;
const panel = '[data-role="published-comparison"]';

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("published vs simulated in Chromium", () => {
  const workbench = useWorkbench(TIMEOUT);

  it(
    "shows the published 2024 figures beside Inner Mongolia 2025's expectation, in Chinese and English, within 1,280 px",
    async () => {
      const page = await workbench.open("", { width: 1280, height: 900 });
      await page.waitForSelector(`${panel} [data-role="published-table"]`, { timeout: 60_000 });
      // seed 000: 2024 年 174.26万人次 and 143.95万人 (data/published/inner-mongolia.csv)
      const personTimes = page.locator(`${panel} tr[data-measure="person_times"][data-period="2024-2024"]`);
      expect(await personTimes.getAttribute("data-published")).toBe("1742600");
      expect(await personTimes.locator("td").nth(1).innerText()).toBe("1,742,600");
      expect(await personTimes.locator("td.source").innerText()).toContain(
        "内蒙古职工互助保障五年工作回顾（2025）",
      );
      expect(await page.locator(`${panel} h2`).innerText()).toBe("公布数据与模拟对比");
      // The inpatient rate's published value is 281,500 ÷ 5,815,000 × 100 = 4.84, and its basis is shown.
      const rate = page.locator(
        `${panel} tr[data-measure="claims_per_100"][data-product="inpatient"][data-period="2019-2024"]`,
      );
      expect(await rate.locator("td").nth(1).innerText()).toBe("4.84");
      expect(await rate.locator("td.source .basis").innerText()).toBe("281,500 ÷ 5,815,000");
      expect(await page.locator(`${panel} [data-role="published-verdict"]`).innerText()).toMatch(/项指标/);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.locator(panel).scrollIntoViewIfNeeded();
      await page.locator(panel).screenshot({ path: `${screenshotDir}/published-comparison-zh.png` });

      await page.click('[data-action="switch-language"]');
      await page.waitForFunction(
        (selector) => document.querySelector(`${selector} h2`)?.textContent === "Published vs simulated",
        panel,
      );
      expect(await personTimes.locator("th").innerText()).toBe("person-times (all products)");
      expect(await personTimes.locator("td.source").innerText()).toContain(
        "Inner Mongolia workers' mutual aid, five-year review (2025)",
      );
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.locator(panel).screenshot({ path: `${screenshotDir}/published-comparison-en.png` });
      await screenshot(page, "published-comparison-page-en");
    },
    TIMEOUT,
  );

  it(
    "follows the picked scenario: 2021's members (1,157,123), and a clear note for another city",
    async () => {
      const page = await workbench.open("", { width: 1280, height: 900 });
      await page.selectOption('[data-role="scenario-select"]', "inner-mongolia-2021");
      const members = page.locator(`${panel} tr[data-measure="members"][data-period="2021-2021"]`);
      await members.waitFor({ timeout: 60_000 });
      expect(await members.getAttribute("data-published")).toBe("1157123");
      await page.selectOption('[data-role="scenario-select"]', "linyi-2019");
      await page.waitForSelector(`${panel} [data-role="published-note"]`, { timeout: 60_000 });
      expect(await page.locator(`${panel} [data-role="published-note"]`).innerText()).toMatch(
        /^没有可与“.*”对照的公布数据/,
      );
      await page.locator(panel).screenshot({ path: `${screenshotDir}/published-comparison-none-zh.png` });
    },
    TIMEOUT,
  );

  it(
    "follows the form: doubling the share of stays claimed doubles the expected inpatient claims per 100",
    async () => {
      const page = await workbench.open("", { width: 1280, height: 900 });
      const row = page.locator(
        `${panel} tr[data-measure="claims_per_100"][data-product="inpatient"][data-period="2019-2024"]`,
      );
      await row.waitFor({ timeout: 60_000 });
      const before = Number(await row.getAttribute("data-expected"));
      await setField(page, "assumptions.hospitalisation.claimPropensity", "0.6");
      await page.waitForFunction(
        ([selector, old]) => Number(document.querySelector(selector)?.getAttribute("data-expected")) !== old,
        [
          `${panel} tr[data-measure="claims_per_100"][data-product="inpatient"][data-period="2019-2024"]`,
          before,
        ] as const,
        { timeout: 30_000 },
      );
      // The stay rate × propensity is the claim rate (0.3 → 0.6); special outpatient claims do not move.
      const after = Number(await row.getAttribute("data-expected"));
      expect(after / before).toBeGreaterThan(1.8);
      expect(after / before).toBeLessThan(2.0001);
      // A value the form rejects leaves a note, not a stale table.
      await setField(page, "assumptions.hospitalisation.claimPropensity", "abc");
      await page.waitForSelector(`${panel} [data-role="published-note"]`, { timeout: 30_000 });
    },
    TIMEOUT,
  );

  it(
    "stays under the results after a run",
    async () => {
      const page = await workbench.open("", { width: 1280, height: 900 });
      await setRun(page, { paths: 4, years: 2, seed: 1 });
      await page.click('[data-action="run"]');
      await page.waitForSelector('[data-role="results"]', { timeout: 120_000 });
      const order = await page.evaluate(() => {
        const results = document.querySelector('[data-role="results"]')!;
        const published = document.querySelector('[data-role="published-comparison"]')!;
        return results.compareDocumentPosition(published) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      expect(order).toBeTruthy();
      expect(await page.locator(`${panel} [data-role="published-table"]`).count()).toBe(1);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, "published-comparison-after-run-zh");
    },
    TIMEOUT,
  );
});
