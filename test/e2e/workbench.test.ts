/**
 * The workbench in a real browser (Debian's Chromium, headless): each test drives the page as a user
 * would and checks the figures it shows against the same computation in Node (`runSimulation` on the
 * inline pool + `summarizeRun`, what `huzhu simulate` does), then saves a screenshot to
 * `test-results/screenshots/`.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { parseClaims } from "../../src/data/parse-claims.ts";
import { parseMembers } from "../../src/data/parse-members.ts";
import { summarizeAdjudications } from "../../src/data/summarize-adjudications.ts";
import { message, renderMessage } from "../../src/messages.ts";
import { adjudicateClaims } from "../../src/policy/adjudicate-claims.ts";
import { compilePolicy } from "../../src/policy/compile-policy.ts";
import { solveFee } from "../../src/risk/solve-fee.ts";
import { summarizeRun, type RunSummary } from "../../src/risk/summarize-run.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { mergeScenario } from "../../src/scenario/merge-scenario.ts";
import type { Scenario } from "../../src/scenario/types.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { runSimulation } from "../../src/sim/run-simulation.ts";
import { expectSame, expectSameNumbers } from "./expect-same.ts";
import {
  chartTitle,
  chartsDrawn,
  dataNumber,
  download,
  problemOf,
  repoRoot,
  screenshot,
  setField,
  setRun,
  useWorkbench,
} from "./workbench-browser.ts";

const SCENARIO_FILE = "scenarios/inner-mongolia-2025.json";
const RUN = { paths: 40, years: 3, seed: 1 };
const TIMEOUT = 120_000;

const im2025 = loadScenario(`${repoRoot}${SCENARIO_FILE}`);
const cap250k = mergeScenario(im2025, { policy: { inpatient: { cap: 250_000 } } }) as Scenario;

/** What `huzhu simulate` computes: the summary of a run on one thread. */
async function nodeSummary(scenario: Scenario, compare?: Scenario): Promise<RunSummary> {
  const run = await runSimulation({ scenario, ...(compare ? { compare } : {}), ...RUN }, createInlinePool());
  return summarizeRun(run);
}

/** Cell of a key figure in the results table. */
const figure = (name: string, year: number | "horizon") =>
  `[data-role="key-figures"] td[data-figure="${name}"][data-year="${year}"]`;

/** Sets the cap to 250,000 and the run to 40 paths × 3 years, seed 1, runs, and waits for the charts. */
async function runCap250k(page: Page): Promise<void> {
  await setField(page, "policy.inpatient.cap", "250000");
  await setRun(page, RUN);
  await page.click('[data-action="run"]');
  await page.waitForSelector('[data-role="results"]', { timeout: 90_000 });
  await chartsDrawn(page, '[data-role="results"]');
}

describe("workbench in Chromium", () => {
  const workbench = useWorkbench(TIMEOUT);
  let reference: Promise<RunSummary>;

  beforeAll(() => {
    reference = nodeSummary(cap250k);
  });

  it(
    "opens on the Inner Mongolia 2025 scenario, and with the cap at 250,000 shows the figures Node computes",
    async () => {
      const page = await workbench.open();
      await expect(page.locator('input[data-path="policy.inpatient.cap"]').inputValue()).resolves.toBe(
        "500000",
      );
      await expect(page.locator('[data-action="run"]').isEnabled()).resolves.toBe(true);
      await runCap250k(page);
      const expected = await reference;
      const first = expected.byYear[0]!;
      const last = expected.byYear[RUN.years - 1]!;
      expectSame(await dataNumber(page, figure("benefitsPaid", 1)), first.benefitsPaid.mean);
      expectSame(await dataNumber(page, figure("benefitsPaid", 1), "se"), first.benefitsPaid.se);
      expectSame(await dataNumber(page, figure("members", RUN.years)), last.members.mean);
      expectSame(await dataNumber(page, figure("lossRatio", RUN.years)), last.lossRatio.mean);
      expectSame(await dataNumber(page, figure("endingBalanceMedian", RUN.years)), last.balance.p50);
      expectSame(await dataNumber(page, figure("endingBalance", RUN.years)), last.balance.mean);
      expectSame(
        await dataNumber(page, figure("ruinProbability", "horizon")),
        expected.ruinProbability.value,
      );
      expectSame(
        await dataNumber(page, figure("ruinProbability", "horizon"), "high"),
        expected.ruinProbability.high,
      );
      expectSame(await dataNumber(page, figure("valueAtRisk", "horizon")), expected.risk.var99_5);
      expectSame(await dataNumber(page, figure("tailValueAtRisk", "horizon")), expected.risk.tvar99_5);
      await expect(page.locator(".chart-card").count()).resolves.toBe(5); // two loss-ratio charts: year 1 and the last

      // The results JSON is the file `huzhu simulate --out` writes; each chart saves as SVG and PNG.
      const json = await download(page, '[data-action="download-json"]');
      expect(json.name).toBe("huzhu-results-seed1-40x3.json");
      // It says what ran, and names the scenario by its change (the file's name alone would mislead).
      const saved = JSON.parse(json.text) as { run: { name: string } } & Record<string, unknown>;
      expect(saved.run).toMatchObject({
        name: "内蒙古 2025（第七期） · 封顶 25万",
        baseFile: SCENARIO_FILE,
        changes: [{ field: "policy.inpatient.cap", from: 500000, to: 250000 }],
        seed: RUN.seed,
        paths: RUN.paths,
        years: RUN.years,
        engine: expected.engine,
      });
      const { run: _run, ...figures } = saved;
      expectSameNumbers(figures, { ...JSON.parse(JSON.stringify(expected)), scenario: saved.run.name });
      const svg = await download(page, '[data-chart="fund-balance"] [data-action="save-svg"]');
      expect(svg.name).toBe("fund-balance.svg");
      expect(svg.text).toContain("基金余额预测");
      const png = await download(page, '[data-chart="ruin-probability"] [data-action="save-png"]');
      expect(png.name).toBe("ruin-probability.png");
      expect(png.bytes.subarray(0, 4).toString("latin1")).toBe("\x89PNG");
      await screenshot(page, "simulate-cap-250k");
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "switches to English: chart titles and amounts change language, the numbers stay",
    async () => {
      // 1,280 px: a page narrower than the 1,000 px a detached panel used to be taken for.
      const page = await workbench.open("", { width: 1280, height: 1000 });
      await runCap250k(page);
      const benefits = page.locator(figure("benefitsPaid", 1));
      const value = await benefits.getAttribute("data-value");
      expect(await chartTitle(page, "fund-balance")).toBe("基金余额预测");
      expect(await benefits.textContent()).toMatch(/^[\d.]+万元$/);
      await screenshot(page, "language-zh");

      await page.click('[data-action="switch-language"]');
      await chartsDrawn(page, '[data-role="results"]');
      expect(await chartTitle(page, "fund-balance")).toBe("Projected fund balance");
      expect(await chartTitle(page, "ruin-probability")).toBe("Cumulative probability of ruin");
      expect(await benefits.textContent()).toMatch(/^[\d.]+M yuan$/);
      expect(await benefits.getAttribute("data-value")).toBe(value);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-GB");
      expect(await page.evaluate(() => location.hash)).toContain("lang=en");
      await expect(page.locator('[data-tab="results"]').textContent()).resolves.toBe("Results");
      // Redrawn in English, every chart still fits its card (none cut off at the right).
      const overhang = await page.evaluate(() =>
        [...document.querySelectorAll('[data-role="results"] .chart-card')].map((card) => {
          const svg = card.querySelector("svg");
          return svg ? svg.getBoundingClientRect().right - card.getBoundingClientRect().right : 0;
        }),
      );
      expect(overhang.length).toBeGreaterThan(0);
      expect(Math.max(...overhang)).toBeLessThanOrEqual(0);
      await screenshot(page, "language-en");
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "compares the 500,000 cap with 250,000 on common random numbers, with the paired differences Node computes",
    async () => {
      const page = await workbench.open();
      await setRun(page, RUN);
      await page.click('[data-tab="compare"]');
      await expect(page.locator('[data-role="compare-select"]').inputValue()).resolves.toBe(
        "inner-mongolia-2025-cap-250k",
      );
      await page.click('[data-action="run-compare"]');
      await page.waitForSelector('[data-role="compare-results"]', { timeout: 90_000 });
      await chartsDrawn(page, '[data-role="compare-results"]');
      const expected = await nodeSummary(
        im2025,
        loadScenario(`${repoRoot}scenarios/inner-mongolia-2025-cap-250k.json`),
      );
      const difference = expected.compare!.differences;
      const cell = (name: string, year: number | "horizon", scenario: string) =>
        `[data-role="compare-figures"] td[data-figure="${name}"][data-year="${year}"][data-scenario="${scenario}"]`;
      expectSame(await dataNumber(page, cell("benefitsPaid", 1, "A")), expected.byYear[0]!.benefitsPaid.mean);
      expectSame(
        await dataNumber(page, cell("benefitsPaid", 1, "B")),
        (await reference).byYear[0]!.benefitsPaid.mean,
      );
      expectSame(
        await dataNumber(page, cell("benefitsPaid", 1, "B-A"), "mean"),
        difference.byYear[0]!.benefitsPaid.mean,
      );
      expectSame(
        await dataNumber(page, cell("benefitsPaid", 1, "B-A"), "low"),
        difference.byYear[0]!.benefitsPaid.low,
      );
      expectSame(
        await dataNumber(page, cell("ruinProbability", "horizon", "B-A"), "mean"),
        difference.ruinProbability.mean,
      );
      expectSame(
        await dataNumber(page, cell("totalBenefitsIncurred", "horizon", "B-A"), "mean"),
        difference.totalBenefitsIncurred.mean,
      );
      // A lower cap pays less: the difference B − A in benefits is negative.
      expect(difference.byYear[0]!.benefitsPaid.mean).toBeLessThan(0);
      await expect(page.locator('[data-role="compare-results"] .chart-card').count()).resolves.toBe(7);
      await screenshot(page, "compare-cap-500k-vs-250k");
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "cancels a long run: the page says so and shows no stale results, and the next run works",
    async () => {
      const page = await workbench.open();
      await runCap250k(page);
      await setRun(page, { paths: 200_000, years: 10, seed: 1 });
      await page.click('[data-action="run"]');
      await page.waitForFunction(
        () =>
          Number(document.querySelector<HTMLProgressElement>('[data-role="progress"] progress')?.value) > 0,
        undefined,
        { timeout: 60_000 },
      );
      await expect(page.locator('[data-role="results"]').count()).resolves.toBe(0);
      expect(await page.locator('[data-role="progress-text"]').textContent()).toMatch(/200,000/);
      await screenshot(page, "running");
      await page.click('[data-action="cancel"]');
      const status = page.locator('[data-role="status"][data-status="cancelled"]');
      await status.waitFor({ timeout: 10_000 });
      expect(await status.textContent()).toContain("已取消");
      await expect(page.locator('[data-role="results"]').count()).resolves.toBe(0);
      await expect(page.locator('[data-role="progress"] progress').count()).resolves.toBe(0);
      await screenshot(page, "cancelled");

      await setRun(page, { paths: 8, years: 1, seed: 2 });
      await page.click('[data-action="run"]');
      await page.waitForSelector('[data-role="results"][data-paths="8"]', { timeout: 60_000 });
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "flags an invalid value at its field with the command line's message, and disables Run",
    async () => {
      const page = await workbench.open();
      await setField(page, "policy.inpatient.cap", "ten");
      // The page is Chinese by default: so are its validation messages.
      expect(await problemOf(page, "policy.inpatient.cap")).toContain(
        `${SCENARIO_FILE}：policy.inpatient.cap：应为数字`,
      );
      expect(await page.locator('input[data-path="policy.inpatient.cap"]').getAttribute("aria-invalid")).toBe(
        "true",
      );
      await expect(page.locator('[data-action="run"]').isDisabled()).resolves.toBe(true);

      await setField(page, "policy.inpatient.cap", "250000");
      await setField(page, "policy.inpatient.bands[1].from", "3500");
      const gap = renderMessage(
        message.bandGap(SCENARIO_FILE, message.pathInBand("policy.inpatient.bands[1].from", 2), 3500, 3000),
        "zh",
      );
      expect(await problemOf(page, "policy.inpatient.bands[1].from")).toBe(gap);
      await expect(page.locator(".problems-summary").textContent()).resolves.toContain(gap);
      await expect(page.locator('[data-action="run"]').isDisabled()).resolves.toBe(true);
      await screenshot(page, "invalid-fields");

      await setField(page, "policy.inpatient.bands[1].from", "3000");
      await expect(page.locator('[data-action="run"]').isEnabled()).resolves.toBe(true);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "reproduces the scenario and run settings from a copied link",
    async () => {
      const page = await workbench.open();
      await setField(page, "policy.inpatient.cap", "250000");
      await setField(page, "policy.fees.active", "90");
      await setRun(page, { paths: 123, years: 4, seed: 7 });
      const hash = await page.evaluate(() => location.hash);
      await page.close();

      const shared = await workbench.open(hash);
      await expect(shared.locator('input[data-path="policy.inpatient.cap"]').inputValue()).resolves.toBe(
        "250000",
      );
      await expect(shared.locator('input[data-path="policy.fees.active"]').inputValue()).resolves.toBe("90");
      await expect(shared.locator('input[data-path="simulation.paths"]').inputValue()).resolves.toBe("123");
      await expect(shared.locator('input[data-path="simulation.years"]').inputValue()).resolves.toBe("4");
      await expect(shared.locator('input[data-path="simulation.seed"]').inputValue()).resolves.toBe("7");
      await shared.close();
    },
    TIMEOUT,
  );

  it(
    "solves for the fee with few paths and marks it on the fee–ruin curve, as solveFee does in Node",
    async () => {
      const settings = { targetRuin: 0.005, paths: 10, years: 2, seed: 1 };
      const expected = solveFee(im2025, settings, createInlinePool());
      const page = await workbench.open();
      await page.click('[data-tab="solve"]');
      await setField(page, "solve.paths", String(settings.paths));
      await setField(page, "solve.years", String(settings.years));
      await page.click('[data-action="run-solve"]');
      await page.waitForSelector('[data-role="solve-results"]', { timeout: 90_000 });
      await chartsDrawn(page, '[data-role="solve-results"]');
      const solution = await expected;
      const solved = await page.locator('[data-role="solved-fee"]').getAttribute("data-value");
      const breakEven = await page.locator('[data-role="break-even-fee"]').getAttribute("data-value");
      expect(solved).toBe(String(solution.solvedFee ?? ""));
      expect(breakEven).toBe(String(solution.breakEvenFee ?? ""));
      await screenshot(page, "fee-solver");
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "replays a claims file with explanations, and totals under a second scenario, as huzhu benefit does",
    async () => {
      const membersFile = `${repoRoot}test/fixtures/claims/members.csv`;
      const claimsFile = `${repoRoot}test/fixtures/claims/claims.csv`;
      const members = parseMembers(readFileSync(membersFile, "utf8"), "members.csv");
      const claims = parseClaims(readFileSync(claimsFile, "utf8"), "claims.csv", members);
      const first = adjudicateClaims(compilePolicy(im2025.policy), members.members, claims);
      const second = adjudicateClaims(compilePolicy(cap250k.policy), members.members, claims);

      const page = await workbench.open();
      await page.click('[data-tab="replay"]');
      await page.setInputFiles('[data-role="replay-members"]', membersFile);
      await page.setInputFiles('[data-role="replay-claims"]', claimsFile);
      await page.click('[data-action="run-replay"]');
      await page.waitForSelector('[data-role="replay-results"]');
      const total = (key: string, scenario: string) =>
        dataNumber(page, `[data-role="replay-totals"] td[data-total="${key}"][data-scenario="${scenario}"]`);
      expect(await total("totalPayout", "A")).toBe(summarizeAdjudications(first).totalPayout);
      expect(await total("invalid", "A")).toBe(summarizeAdjudications(first).invalid);
      expect(await total("totalPayout", "B")).toBe(summarizeAdjudications(second).totalPayout);
      for (const adjudication of first) {
        const row = page.locator(`[data-role="replay-claims"] tr[data-claim="${adjudication.claimId}"]`);
        expect(Number(await row.locator("td[data-value]").first().getAttribute("data-value"))).toBe(
          adjudication.payout,
        );
      }
      const c1 = page.locator('tr[data-claim="C1"] details');
      await c1.locator("summary").click();
      expect(await c1.locator("li").count()).toBe(first[0]!.explanation.length);
      await screenshot(page, "claims-replay");
      await page.close();
    },
    TIMEOUT,
  );

  it(
    "names the wrong field of a broken scenario file, and keeps working",
    async () => {
      const page = await workbench.open();
      const broken = structuredClone(im2025) as unknown as {
        policy: { inpatient: { bands: { from: number }[] } };
      };
      broken.policy.inpatient.bands[2]!.from = 6000;
      await page.setInputFiles('[data-role="scenario-file"]', {
        name: "broken.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(broken)),
      });
      const problems = page.locator('[data-role="load-problems"]');
      await problems.waitFor();
      // Named by its real file name, in the page's language.
      expect(await problems.textContent()).toContain(
        renderMessage(
          message.bandGap("broken.json", message.pathInBand("policy.inpatient.bands[2].from", 3), 6000, 5000),
          "zh",
        ),
      );
      await screenshot(page, "broken-scenario-file");
      await page.setInputFiles('[data-role="scenario-file"]', {
        name: "not-json.json",
        mimeType: "application/json",
        buffer: Buffer.from("{ nope"),
      });
      await page.waitForFunction(() =>
        document
          .querySelector('[data-role="load-problems"]')
          ?.textContent?.includes("not-json.json：不是有效的 JSON"),
      );
      await expect(page.locator('input[data-path="policy.inpatient.cap"]').inputValue()).resolves.toBe(
        "500000",
      );
      await expect(page.locator('[data-action="run"]').isEnabled()).resolves.toBe(true);
      await page.close();
    },
    TIMEOUT,
  );
});
