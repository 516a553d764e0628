/**
 * The annual results tab (年度报告) in Chromium: a new user picks the bundled sample and sees the
 * three-year pack with year on year and A/E, with the same figures `huzhu report` computes in Node;
 * screenshots in Chinese and English go to `test-results/screenshots/`.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/model/compile-model.ts";
import { buildResultsPack } from "../../src/results/build-results-pack.ts";
import { expectedClaims } from "../../src/results/expected-claims.ts";
import { readYearRecords } from "../../src/results/year-records.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { chartsDrawn, download, repoRoot, screenshot, useWorkbench } from "./workbench-browser.ts";

const TIMEOUT = 180_000;

/** What `huzhu report --previous-…` computes for 2024 against 2023 from data/sample. */
function nodePack() {
  const scenario = loadScenario(`${repoRoot}scenarios/inner-mongolia-2021.json`);
  const model = compileModel(scenario);
  const expected = expectedClaims(model);
  const year = (y: number) => ({
    records: readYearRecords(
      model.policy,
      readFileSync(`${repoRoot}data/sample/members-${y}.csv`, "utf8"),
      "m",
      readFileSync(`${repoRoot}data/sample/claims-${y}.csv`, "utf8"),
      "c",
    ),
    policy: scenario.policy,
    model,
    expected,
  });
  return buildResultsPack(year(2024), year(2023));
}

describe("annual results tab in Chromium", () => {
  const workbench = useWorkbench(TIMEOUT);

  it(
    "shows the bundled sample's three-year pack with year on year and A/E, as huzhu report computes it",
    async () => {
      const page = await workbench.open("", { width: 1400, height: 1000 });
      await page.click('[data-tab="annual"]');
      await page.click('[data-action="annual-sample"]');
      await page.waitForSelector('.annual-pack[data-year="2024"]', { timeout: 150_000 });
      await chartsDrawn(page, '[data-role="annual-results"]');
      const pack = nodePack();
      const headline = pack.tables.find((table) => table.id === "headline")!;
      const value = (measure: string) => headline.rows.find((row) => row.measure === measure)!;
      const shown = async (selector: string) => Number(await page.getAttribute(selector, "data-value"));
      // Three years side by side; 2024's total payout and loss ratio are Node's.
      for (const year of [2022, 2023, 2024])
        expect(
          await page.$(`[data-role="three-years"] td[data-year="${year}"][data-measure="members"]`),
        ).not.toBeNull();
      expect(await shown('[data-role="three-years"] td[data-year="2024"][data-measure="total_payout"]')).toBe(
        value("total_payout").value,
      );
      // Year on year: the headline's change column, and the loss ratio shown as a percentage.
      const texts = await page.locator('[data-table="headline"] tbody tr').allInnerTexts();
      const lossRatio = texts.find((text) => text.startsWith("赔付率"))!;
      expect(lossRatio).toContain(`${((value("loss_ratio").value as number) * 100).toFixed(1)}%`);
      expect(lossRatio).toContain(`${((value("loss_ratio").previous as number) * 100).toFixed(1)}%`);
      // A/E by region: Hohhot's A/E is Node's.
      const aeTable = pack.tables.find((table) => table.id === "ae_by_region")!;
      const hohhot = aeTable.rows.find((row) => row.region === "Hohhot")!;
      expect(
        await shown('[data-table="ae_by_region"] tr:has(th:text-is("Hohhot")) td[data-column="ae_claims"]'),
      ).toBeCloseTo(hohhot.ae_claims as number, 10);
      expect(await page.locator('[data-table="bad_input"]').count()).toBe(1);
      // No table or chart wider than the page.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, "annual-results-zh");
      // Each table as CSV, with Chinese headers (the buttons sit in a folded list).
      await page.click(".csv-downloads summary");
      const csv = await download(page, '[data-action="download-by_region"]');
      expect(csv.text.replace(/^\uFEFF/, "").split("\n")[0]).toMatch(/^盟市,参互人数,应缴会费/);
      // The Excel button writes the workbook in the browser (exceljs bundled, no network).
      await page.waitForSelector('[data-action="download-xlsx"]:not([disabled])', { timeout: 60_000 });
      const workbookFile = await download(page, '[data-action="download-xlsx"]');
      expect(workbookFile.name).toBe("huzhu-2024.xlsx");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(workbookFile.bytes as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet("2024年度概况")!;
      const payoutRow = sheet
        .getRows(2, sheet.rowCount - 1)!
        .find((row) => row.getCell(1).value === "补助金额")!;
      expect(payoutRow.getCell(2).value).toBe(value("total_payout").value);
      await page.click('[data-action="switch-language"]');
      await page.click('[data-tab="annual"]');
      await page.waitForSelector('.annual-pack[data-year="2024"]', { timeout: 60_000 });
      await chartsDrawn(page, '[data-role="annual-results"]');
      const english = await page.locator('[data-table="headline"] tbody tr').allInnerTexts();
      expect(english.find((text) => text.startsWith("loss ratio"))).toContain("%");
      expect(await page.locator("text=Annual results 2024").count()).toBe(1);
      // The three-year summary names its measures as the tables do, without the CSV's underscores.
      const threeYears = await page.locator('[data-role="three-years"] th[scope="row"]').allInnerTexts();
      expect(threeYears).toContain("total payout");
      expect(threeYears.some((text) => text.includes("_"))).toBe(false);
      await screenshot(page, "annual-results-en");
      await page.close();
    },
    TIMEOUT,
  );
});
