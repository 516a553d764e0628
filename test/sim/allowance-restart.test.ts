import { describe, expect, it } from "vitest";
import { metricColumn } from "../../src/risk/summarize-run.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { METRIC } from "../../src/sim/metrics.ts";
import { runSimulation } from "../../src/sim/run-simulation.ts";

// IM 2021 art. 10 item 6: after an allowance is paid, the next period's count of years starts again,
// so those members are paid 10 yuan a day, not 20 or 30. Without the restart the same members keep
// climbing, and year two's allowance is higher on the same draws; year one is the same.
describe("allowance restart after payment", () => {
  it("lowers year two's allowance on the same draws, and leaves year one alone", async () => {
    const restart = loadScenario("scenarios/inner-mongolia-2021.json");
    const allowance = restart.policy.inpatient.dailyAllowance!;
    const noRestart = {
      ...restart,
      policy: {
        ...restart.policy,
        inpatient: {
          ...restart.policy.inpatient,
          dailyAllowance: { ...allowance, restartAfterPayment: false },
        },
      },
    };
    const paths = 3;
    const run = await runSimulation(
      { scenario: restart, compare: noRestart, paths, years: 2, seed: 8 },
      createInlinePool(),
    );
    const yearOne = [0, 1].map((index) => metricColumn(run.outcomes[index]!, paths, 2, 1, METRIC.allowance));
    expect(Array.from(yearOne[0]!)).toEqual(Array.from(yearOne[1]!));
    const yearTwo = [0, 1].map((index) => metricColumn(run.outcomes[index]!, paths, 2, 2, METRIC.allowance));
    yearTwo[0]!.forEach((withRestart, path) => expect(withRestart).toBeLessThan(yearTwo[1]![path]!));
  });
});
