/**
 * The Reserves tab in Chromium: the classic example triangle gives Mack's published figures, claim
 * records give the same estimate as `huzhu reserve`, and the tab reads in Chinese and English (the
 * screenshots go to test-results/screenshots/reserve-*.png).
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { renderMessage } from "../../src/messages.ts";
import { describe, expect, it } from "vitest";
import { parseDay } from "../../src/policy/dates.ts";
import { estimateReserve } from "../../src/reserve/estimate-reserve.ts";
import { triangleFromRecords } from "../../src/reserve/triangle-from-records.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { dataNumber, download, repoRoot, screenshot, useWorkbench } from "./workbench-browser.ts";

const TIMEOUT = 120_000;

/** What `huzhu reserve` estimates for a paid triangle: Mack's chain ladder, no tail, no simulation. */
function mackReserve(triangle: Parameters<typeof estimateReserve>[0]) {
  const estimate = estimateReserve(triangle, {
    method: "mack",
    tail: { kind: "none" },
    simulations: 1,
    seed: 1,
  });
  if (!estimate.ok) throw new Error(renderMessage(estimate.reason, "en"));
  return estimate;
}

describe("the Reserves tab in Chromium", () => {
  const workbench = useWorkbench(TIMEOUT);

  it(
    "shows Mack's published reserve for the example triangle, with the verdict, in Chinese and English",
    async () => {
      const page = await workbench.open();
      await page.click('[data-tab="reserve"]');
      await page.click('[data-action="reserve-example"]');
      await page.waitForSelector('[data-role="reserve-by-origin"]');
      await page.waitForSelector('[data-chart="reserve-distribution"][data-ready="true"]');
      const total = page.locator('[data-role="reserve-by-origin"] tr.total td[data-value]');
      // Mack (1993): the Taylor & Ashe chain-ladder reserve is 18,680,856.
      expect(Math.round(Number(await total.getAttribute("data-value")))).toBe(18680856);
      // A textbook triangle is not this fund's: no test against the scenario's held reserve, and no
      // button to make it the scenario's opening liability, until the user types a held reserve.
      expect(await page.locator('[data-role="reserve-verdict"]').count()).toBe(0);
      expect(await page.locator('[data-action="reserve-use-opening"]').count()).toBe(0);
      expect(await page.locator('[data-role="reserve-example-note"]').textContent()).toContain(
        "不是本基金的数据",
      );
      await screenshot(page, "reserve-example-zh");
      await page.fill('[data-role="reserve-held"]', "22000000");
      await page.dispatchEvent('[data-role="reserve-held"]', "change");
      await page.click('[data-action="run-reserve"]');
      await page.waitForSelector('[data-role="reserve-verdict"]');
      await page.waitForSelector('[data-chart="reserve-distribution"][data-ready="true"]');
      expect(await page.locator('[data-role="reserve-verdict"]').textContent()).toContain(
        "足以支付未决赔款的概率",
      );
      expect(await page.locator('[data-role="reserve-triangle"] td.future').count()).toBe(45);
      // The status line names the triangle loaded, not a sample fund loaded before.
      expect(await page.locator('[data-role="reserve-loaded"]').textContent()).toContain("Taylor & Ashe");
      // Where the error comes from, with Mack's (1993) published total s.e. 2,447,095.
      expect(await page.locator('[data-role="reserve-error"]').first().textContent()).toContain(
        "合计的标准误 2,447,095 元",
      );
      await screenshot(page, "reserve-zh");
      await page.click('[data-action="switch-language"]');
      await page.click('[data-tab="reserve"]');
      await page.waitForSelector('[data-chart="reserve-distribution"][data-ready="true"]');
      expect(await page.locator('[data-role="reserve-verdict"]').textContent()).toContain(
        "covers outstanding claims with",
      );
      expect(await page.locator('[data-role="reserve-error"]').first().textContent()).toContain(
        "Standard error of the total, 2,447,095 yuan",
      );
      await screenshot(page, "reserve-en");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The Excel workbook holds the same reserve, stored as a number.
      await page.waitForSelector('[data-action="download-reserve-xlsx"]:not([disabled])', {
        timeout: 60_000,
      });
      const workbookFile = await download(page, '[data-action="download-reserve-xlsx"]');
      expect(workbookFile.name).toBe("huzhu-reserve.xlsx");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(workbookFile.bytes as unknown as ArrayBuffer);
      const byOrigin = workbook.getWorksheet("By origin")!;
      const totalRow = byOrigin.getRow(byOrigin.rowCount);
      expect(totalRow.getCell(1).value).toBe("total");
      expect(Math.round(totalRow.getCell(4).value as number)).toBe(18680856);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "reserves from members' and claims' files as at a valuation date, as huzhu reserve does",
    async () => {
      const membersFile = `${repoRoot}test/fixtures/reserve/members.csv`;
      const claimsFile = `${repoRoot}test/fixtures/reserve/claims.csv`;
      const scenario = loadScenario(`${repoRoot}scenarios/inner-mongolia-2025.json`);
      const triangles = triangleFromRecords({
        members: [{ name: "members.csv", text: readFileSync(membersFile, "utf8") }],
        claims: [{ name: "claims.csv", text: readFileSync(claimsFile, "utf8") }],
        policy: scenario.policy,
        valuationDay: parseDay("2024-12-31"),
        grain: "year",
        originBy: "admission",
      });
      const expected = mackReserve(triangles.paidAmount);

      const page = await workbench.open("", { width: 1000, height: 900 });
      await page.click('[data-tab="reserve"]');
      await page.setInputFiles('[data-role="reserve-members"]', membersFile);
      await page.setInputFiles('[data-role="reserve-claims"]', claimsFile);
      await page.selectOption('[data-role="reserve-grain"]', "year");
      await page.fill('[data-role="reserve-valuation"]', "2024-12-31");
      await page.locator('[data-role="reserve-valuation"]').dispatchEvent("change");
      await page.click('[data-action="run-reserve"]');
      await page.waitForSelector('[data-role="reserve-by-origin"]');
      const total = await dataNumber(page, '[data-role="reserve-by-origin"] tr.total td[data-value]');
      expect(total).toBeCloseTo(expected.value.total.ibnr, 6);
      await screenshot(page, "reserve-records-zh");
      // Bornhuetter–Ferguson says where its own error comes from, and that the prior is taken as exact.
      await page.selectOption('[data-role="reserve-method"]', "bf");
      await page.click('[data-action="run-reserve"]');
      await page.waitForFunction(() =>
        document.querySelector('[data-role="reserve-error"]')?.textContent?.includes("Bornhuetter"),
      );
      const note = await page.locator('[data-role="reserve-error"]').first().textContent();
      expect(note).toContain("Bornhuetter–Ferguson 法自身的预测误差");
      expect(note).toContain("变异系数为 0 即视先验为准确");
      // The prior's CV, as `huzhu reserve --prior-cv 0.2`.
      await page.fill('[data-role="reserve-prior-cv"]', "0.2");
      await page.locator('[data-role="reserve-prior-cv"]').dispatchEvent("change");
      await page.click('[data-action="run-reserve"]');
      await page.waitForFunction(() =>
        document.querySelector('[data-role="reserve-error"]')?.textContent?.includes("变异系数为 20%"),
      );
      await screenshot(page, "reserve-bf-zh");
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "loads the sample fund and reserves it as at 2024-12-31 by quarter, as huzhu reserve does",
    async () => {
      const read = (name: string) => ({ name, text: readFileSync(`${repoRoot}data/sample/${name}`, "utf8") });
      const triangles = triangleFromRecords({
        members: [2022, 2023, 2024].map((year) => read(`members-${year}.csv`)),
        claims: [2022, 2023, 2024].map((year) => read(`claims-${year}.csv`)),
        policy: loadScenario(`${repoRoot}scenarios/inner-mongolia-2025.json`).policy,
        valuationDay: parseDay("2024-12-31"),
        grain: "quarter",
        originBy: "admission",
      });
      const expected = mackReserve(triangles.paidAmount);
      const page = await workbench.open();
      await page.click('[data-tab="reserve"]');
      await page.selectOption('[data-role="reserve-grain"]', "quarter");
      await page.click('[data-action="reserve-sample"]');
      await page.waitForSelector('[data-role="reserve-by-origin"]', { timeout: 90_000 });
      const total = await dataNumber(page, '[data-role="reserve-by-origin"] tr.total td[data-value]');
      expect(total).toBeCloseTo(expected.value.total.ibnr, 6);
      await page.waitForSelector('[data-chart="reserve-distribution"][data-ready="true"]');
      await screenshot(page, "reserve-sample-zh");
      await page.close();
    },
    TIMEOUT,
  );
});
