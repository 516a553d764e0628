/**
 * The workbench as leadership reads it (issue 12), in Debian's Chromium: a run says what it ran and
 * marks its results stale after an edit; comparisons name both scenarios; share links carry both
 * scenarios; decision summaries agree with the table; no element overflows its container. Screenshots
 * go to `test-results/screenshots/trust-*.png`, in Chinese and English.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chartsDrawn, screenshot, setField, setRun, useWorkbench } from "./workbench-browser.ts";

const RUN = { paths: 40, years: 3, seed: 1 };
const TIMEOUT = 180_000;

async function runAndWait(page: Page): Promise<void> {
  await page.click('[data-action="run"]');
  await page.waitForSelector('[data-role="results"]', { timeout: 120_000 });
  await chartsDrawn(page, '[data-role="results"]');
}

async function switchLanguage(page: Page, scope: string): Promise<void> {
  await page.click('[data-action="switch-language"]');
  await chartsDrawn(page, scope);
}

describe("workbench in Chromium: decisions leadership can trust", () => {
  const workbench = useWorkbench(TIMEOUT);

  /** A new page on the comparison tab: A = the default scenario, B = IM 2025 with the active fee at 90. */
  async function openComparisonAtFee90(): Promise<Page> {
    const page = await workbench.open();
    await setRun(page, RUN);
    await page.click('[data-tab="compare"]');
    await page.selectOption('[data-role="compare-select"]', "inner-mongolia-2025");
    await page.locator('input[data-path="compare:policy.fees.active"]').fill("90");
    return page;
  }

  it(
    "records what ran, locks the fields during the run, and marks the results stale after an edit",
    async () => {
      const page = await workbench.open();
      await setField(page, "policy.inpatient.cap", "250000");
      await setRun(page, RUN);
      // While the run goes on, the scenario's fields are locked: watched from before the click, so a
      // run that ends before the test looks is still seen (no race with the machine's speed).
      await page.evaluate(() => {
        const field = document.querySelector<HTMLInputElement>('input[data-path="policy.fees.active"]')!;
        const seen = window as unknown as { lockedDuringRun?: boolean };
        seen.lockedDuringRun = false;
        new MutationObserver(() => {
          if (field.disabled) seen.lockedDuringRun = true;
        }).observe(field, { attributes: true, attributeFilter: ["disabled"] });
      });
      await page.click('[data-action="run"]');
      await page.waitForSelector('[data-role="results"]', { timeout: 120_000 });
      await expect(
        page.evaluate(() => (window as unknown as { lockedDuringRun?: boolean }).lockedDuringRun),
      ).resolves.toBe(true);
      await chartsDrawn(page, '[data-role="results"]');
      await expect(page.locator('input[data-path="policy.fees.active"]').isDisabled()).resolves.toBe(false);

      const record = page.locator('[data-role="results"] [data-role="run-record"]');
      await expect(record.getAttribute("data-hash")).resolves.toMatch(/^[0-9a-f]{16}$/);
      await expect(record.textContent()).resolves.toContain("年度最高补助 500000 → 250000");
      await expect(page.locator('[data-role="results-heading"]').textContent()).resolves.toContain(
        "内蒙古 2025（第七期） · 封顶 25万",
      );
      await expect(page.locator('[data-role="stale"]').count()).resolves.toBe(0);
      // The summary's ruin bound is the table's.
      await expect(
        page
          .locator('[data-role="results"] [data-role="decision-summary"] [data-figure="ruinProbability"]')
          .getAttribute("data-high"),
      ).resolves.toBe(
        await page
          .locator('[data-role="key-figures"] td[data-figure="ruinProbability"]')
          .getAttribute("data-high"),
      );

      await setField(page, "policy.fees.active", "60");
      await setField(page, "policy.inpatient.cap", "100000");
      const stale = page.locator('[data-role="stale"]');
      await expect(stale.textContent()).resolves.toContain("在职会员缴费 100 → 60");
      await expect(stale.textContent()).resolves.toContain("年度最高补助 250000 → 100000");
      await screenshot(page, "trust-stale-zh");
      await switchLanguage(page, '[data-role="results"]');
      await expect(page.locator('[data-role="stale"]').textContent()).resolves.toContain("out of date");
      await screenshot(page, "trust-stale-en");

      // Running again clears the notice.
      await runAndWait(page);
      await expect(page.locator('[data-role="stale"]').count()).resolves.toBe(0);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "names both scenarios of a comparison after their changes, in the header and the CSV",
    async () => {
      const page = await openComparisonAtFee90();
      await page.click('[data-action="run-compare"]');
      await page.waitForSelector('[data-role="compare-results"]', { timeout: 120_000 });
      await chartsDrawn(page, '[data-role="compare-results"]');
      const heading = (await page.locator('[data-role="compare-heading"]').textContent()) ?? "";
      expect(heading).toContain("A：内蒙古 2025（第七期）");
      expect(heading).toContain("B：内蒙古 2025（第七期） · 缴费 90");
      // The decision summary rests on the table's figures: the same intervals, and says so in words.
      const summary = '[data-role="compare-results"] [data-role="decision-summary"]';
      const difference = (name: string) =>
        `[data-role="compare-figures"] td[data-figure="${name}"][data-year="horizon"][data-scenario="B-A"]`;
      const number = async (selector: string, attribute: string) =>
        Number(await page.locator(selector).first().getAttribute(`data-${attribute}`));
      for (const bound of ["low", "high"]) {
        expect(await number(`${summary} [data-figure="ruinProbability"]`, bound)).toBe(
          await number(difference("ruinProbability"), bound),
        );
        expect(await number(`${summary} [data-figure="benefitsPerYear"]`, bound)).toBeCloseTo(
          (await number(difference("totalBenefitsIncurred"), bound)) / RUN.years,
          6,
        );
      }
      const benefits = page.locator(`${summary} [data-figure="benefitsPerYear"]`);
      const low = await number(difference("totalBenefitsIncurred"), "low");
      const high = await number(difference("totalBenefitsIncurred"), "high");
      const significant = low > 0 || high < 0;
      await expect(benefits.getAttribute("data-significant")).resolves.toBe(String(significant));
      expect(await benefits.textContent()).toContain(significant ? "每年" : "不显著");
      // Every row of the table has B − A with its interval.
      const rows = await page.locator('[data-role="compare-figures"] tbody tr').count();
      await expect(
        page.locator('[data-role="compare-figures"] td[data-scenario="B-A"][data-low]').count(),
      ).resolves.toBe(rows);
      await screenshot(page, "trust-compare-names-zh");
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        page.click('[data-role="compare-results"] [data-action="download-csv"]'),
      ]);
      const { readFileSync } = await import("node:fs");
      const csv = readFileSync(await file.path(), "utf8");
      const lines = csv
        .replace(/^\uFEFF/, "")
        .trimEnd()
        .split("\n");
      const header = lines[0]!.split(",");
      expect(header).toContain("b_minus_a_benefits_paid_mean");
      expect(header).toContain("scenario_hash");
      const names = new Set(lines.slice(1).map((line) => line.split(",")[0]));
      expect([...names]).toEqual(["内蒙古 2025（第七期）", "内蒙古 2025（第七期） · 缴费 90"]);
      await switchLanguage(page, '[data-role="compare-results"]');
      await screenshot(page, "trust-compare-names-en");
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "reopens a shared comparison link with scenario B intact, and its run gives the same figures",
    async () => {
      const page = await openComparisonAtFee90();
      await page.locator('[data-role="compare-name-input"]').fill("提价方案");
      await page.click('[data-action="run-compare"]');
      await page.waitForSelector('[data-role="compare-results"]', { timeout: 120_000 });
      const cell =
        '[data-role="compare-figures"] td[data-figure="benefitsPaid"][data-year="1"][data-scenario="B"]';
      const value = await page.locator(cell).getAttribute("data-value");
      const hash = await page.evaluate(() => location.hash);
      expect(hash).toContain("b=inner-mongolia-2025");
      expect(hash).toContain("tab=compare");
      await page.close();

      const shared = await workbench.open(hash);
      await expect(shared.locator('[data-tab="compare"]').getAttribute("aria-selected")).resolves.toBe(
        "true",
      );
      await expect(shared.locator('[data-role="compare-select"]').inputValue()).resolves.toBe(
        "inner-mongolia-2025",
      );
      await expect(
        shared.locator('input[data-path="compare:policy.fees.active"]').inputValue(),
      ).resolves.toBe("90");
      await expect(shared.locator('[data-role="compare-name-input"]').inputValue()).resolves.toBe("提价方案");
      await shared.click('[data-action="run-compare"]');
      await shared.waitForSelector('[data-role="compare-results"]', { timeout: 120_000 });
      await chartsDrawn(shared, '[data-role="compare-results"]');
      await expect(shared.locator(cell).getAttribute("data-value")).resolves.toBe(value);
      await expect(shared.locator('[data-role="compare-heading"]').textContent()).resolves.toContain(
        "B：提价方案",
      );
      await screenshot(shared, "trust-share-compare-zh");
      await switchLanguage(shared, '[data-role="compare-results"]');
      await screenshot(shared, "trust-share-compare-en");
      await shared.close();
    },
    TIMEOUT,
  );

  /** Elements (form controls and chart internals aside) whose content is wider than their box. */
  const overflowing = (page: Page) =>
    page.evaluate(() => {
      const found: string[] = [];
      for (const element of [document.documentElement, ...document.querySelectorAll("#app *")]) {
        if (["INPUT", "SELECT", "TEXTAREA", "OPTION"].includes(element.tagName)) continue;
        if (element.closest("svg") || getComputedStyle(element).display === "inline") continue;
        if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
          const role = element.getAttribute("data-role") ?? element.className;
          found.push(
            `${element.tagName.toLowerCase()}[${String(role)}] ${element.scrollWidth} > ${element.clientWidth}`,
          );
        }
      }
      return found;
    });

  for (const locale of ["zh", "en"] as const) {
    it(
      `has no element wider than its container at 1,280, 1,440 and 1,920 px (${locale}), results and comparison shown`,
      async () => {
        const hash = `#s=inner-mongolia-2025&paths=${RUN.paths}&years=${RUN.years}&seed=${RUN.seed}&lang=${locale}&b=inner-mongolia-2025&bo=${encodeURIComponent('{"policy":{"fees":{"active":90}}}')}`;
        for (const width of [1280, 1440, 1920]) {
          const page = await workbench.open(hash, { width, height: 1000 });
          await page.click('[data-tab="compare"]');
          await page.click('[data-action="run-compare"]');
          await page.waitForSelector('[data-role="compare-results"]', { timeout: 120_000 });
          await chartsDrawn(page, '[data-role="compare-results"]');
          await page.click('[data-tab="results"]');
          await runAndWait(page);
          for (const tab of ["results", "compare", "solve", "replay"]) {
            await page.click(`[data-tab="${tab}"]`);
            expect(await overflowing(page), `${locale} ${width} px, tab ${tab}`).toEqual([]);
          }
          if (width !== 1440) {
            await page.click('[data-tab="compare"]');
            await screenshot(page, `trust-layout-compare-${locale}-${width}`);
          }
          await page.close();
        }
      },
      TIMEOUT * 2,
    );
  }

  for (const locale of ["zh", "en"] as const) {
    it(
      `estimates the run time before the first run, and draws the loss-ratio years picked, kept in the link (${locale})`,
      async () => {
        const estimateWords = locale === "zh" ? "预计用时约" : "Estimated time: about";
        for (const width of [1280, 1920]) {
          const page = await workbench.open(
            `#s=inner-mongolia-2025&paths=${RUN.paths}&years=${RUN.years}&seed=${RUN.seed}&lang=${locale}`,
            { width, height: 1000 },
          );
          // Before any run, the page's speed test gives an estimate beside the Run button.
          const estimateSays = (role: string, words: string) =>
            page.waitForFunction(
              ([role, words]) =>
                document.querySelector(`[data-role="${role}"]`)?.textContent?.includes(words),
              [role, words] as const,
              { timeout: 120_000 },
            );
          await estimateSays("run-estimate", estimateWords);
          await expect(page.locator('[data-role="results"]').count()).resolves.toBe(0);
          await expect(page.locator('[data-role="run-estimate"]').textContent()).resolves.toContain(
            locale === "zh" ? "个线程，按本机测速" : "threads, from a speed test on this machine",
          );
          await screenshot(page, `estimate-before-run-${locale}-${width}`);
          // It follows the paths typed, and flags a long run; the comparison's button has its own.
          await setField(page, "simulation.paths", "200000");
          await estimateSays(
            "run-estimate",
            locale === "zh" ? "可先用较少路径试算" : "try fewer paths first",
          );
          expect(await overflowing(page), `${locale} ${width} px, long estimate`).toEqual([]);
          await screenshot(page, `estimate-long-${locale}-${width}`);
          await setField(page, "simulation.paths", String(RUN.paths));
          await page.click('[data-tab="compare"]');
          await estimateSays("compare-estimate", estimateWords);
          await page.click('[data-tab="results"]');

          await runAndWait(page);
          // Default: year 1 and the last; then year 2 added from its button.
          const charts = '[data-role="results"] [data-role="loss-ratio-charts"] .chart-card';
          const shown = () =>
            page.locator(charts).evaluateAll((cards) => cards.map((card) => card.getAttribute("data-chart")));
          await expect(shown()).resolves.toEqual(["loss-ratio-year-1", "loss-ratio-year-3"]);
          await page.click('[data-role="results"] [data-role="loss-ratio-years"] [data-year="2"]');
          await chartsDrawn(page, '[data-role="results"] [data-role="loss-ratio-charts"]');
          await expect(shown()).resolves.toEqual([
            "loss-ratio-year-1",
            "loss-ratio-year-2",
            "loss-ratio-year-3",
          ]);
          await expect(
            page.locator('[data-role="results"] [data-year="2"]').getAttribute("aria-pressed"),
          ).resolves.toBe("true");
          expect(await overflowing(page), `${locale} ${width} px`).toEqual([]);
          await screenshot(page, `loss-ratio-years-${locale}-${width}`);
          // The link keeps the choice; opened anew and run, the same three years are drawn.
          const hash = new URL(page.url()).hash;
          expect(decodeURIComponent(hash)).toContain('"lossRatioYears":[1,2,3]');
          if (width === 1280) {
            const shared = await workbench.open(hash, { width, height: 1000 });
            await runAndWait(shared);
            await expect(
              shared
                .locator(charts)
                .evaluateAll((cards) => cards.map((card) => card.getAttribute("data-chart"))),
            ).resolves.toEqual(["loss-ratio-year-1", "loss-ratio-year-2", "loss-ratio-year-3"]);
            await shared.close();
          }
          await page.close();
        }
      },
      TIMEOUT * 2,
    );
  }

  it(
    "does not call a scenario valid under a failed load's error",
    async () => {
      const page = await workbench.open();
      await page.setInputFiles('[data-role="scenario-file"]', {
        name: "not-json.json",
        mimeType: "application/json",
        buffer: Buffer.from("{ nope"),
      });
      await page.waitForSelector('[data-role="load-problems"]');
      await expect(page.locator(".problems-summary .valid").count()).resolves.toBe(0);
      await expect(page.locator('[data-role="kept-scenario"]').textContent()).resolves.toContain(
        "之前的方案",
      );
      await screenshot(page, "trust-failed-load-zh");
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "shows figures and charts of the finished paths before the run completes, then the final results",
    async () => {
      for (const locale of ["zh", "en"] as const) {
        const page = await workbench.open(`#s=inner-mongolia-2025&paths=400&years=3&seed=1&lang=${locale}`);
        await page.click('[data-action="run"]');
        // Partial results appear while the run is still going (the progress bar is up).
        await page.waitForSelector('[data-role="partial-results"]', { timeout: 120_000 });
        const done = Number(
          await page.locator('[data-role="partial-results"]').getAttribute("data-paths-done"),
        );
        expect(done).toBeGreaterThan(0);
        expect(done).toBeLessThan(400);
        await expect(
          page.locator('[data-role="key-figures"] td[data-figure="benefitsPaid"]').count(),
        ).resolves.toBeGreaterThan(0);
        await expect(page.locator('[data-role="decision-summary"]').count()).resolves.toBe(1);
        await screenshot(page, `trust-progressive-${locale}`);
        // Then the final results, without the partial banner, and a time estimate for the next run.
        await page.waitForSelector('[data-role="results"] [data-action="download-csv"]', {
          timeout: 300_000,
        });
        await expect(page.locator('[data-role="partial-results"]').count()).resolves.toBe(0);
        await expect(page.locator('[data-role="results"]').getAttribute("data-paths")).resolves.toBe("400");
        await expect(page.locator('[data-role="run-estimate"]').textContent()).resolves.toMatch(
          locale === "zh" ? /预计用时约/ : /Estimated time: about/,
        );
        await page.close();
      }
    },
    TIMEOUT * 3,
  );
});
