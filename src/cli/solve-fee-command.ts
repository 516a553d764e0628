import { formatCents } from "../format/format-cents.ts";
import { formatCount } from "../format/format-count.ts";
import { formatPercent } from "../format/format-percent.ts";
import { solveFee } from "../risk/solve-fee.ts";
import type { CommandIo } from "./io.ts";
import { optionNumber, optionText, parseOptions } from "./parse-options.ts";
import { loadScenarioOption } from "./load-scenario-option.ts";
import { createPool, runSettings } from "./simulate-command.ts";
import { writeOutput } from "./write-output.ts";

/**
 * `huzhu solve-fee --scenario S [--target-ruin 0.005] [--years N] [--paths N] [--seed N] [--threads N] [--out F]`:
 * the lowest active fee (retiree fee in proportion) with ruin probability at or under the target, with its
 * Monte Carlo interval (not named when the paths cannot resolve the target: it says how many are needed),
 * and the break-even fee, by bisection on common random numbers; years default to the scenario's horizon.
 */
export async function solveFeeCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const options = parseOptions(args, [
    "--scenario",
    "--target-ruin",
    "--paths",
    "--years",
    "--seed",
    "--threads",
    "--out",
  ]);
  const scenario = loadScenarioOption(io, optionText(options, "--scenario"));
  const targetRuin = optionNumber(options, "--target-ruin", 0.005, 0, 1);
  const { paths, years, seed, threads } = runSettings(options, scenario);
  const pool = createPool(threads);
  try {
    const solution = await solveFee(scenario, { targetRuin, paths, years, seed }, pool, (point) => {
      io.stderr.write(
        `  fee ${formatCents(point.fee, "en")}: ruin ${formatPercent(point.ruinProbability, "en")}, mean yearly result ${formatCount(point.meanResult, "en")} yuan\n`,
      );
    });
    const show = (fee: number | null) =>
      fee === null ? "not found up to 16× the current fee" : `${formatCents(fee, "en")} yuan`;
    const target = formatPercent(targetRuin, "en");
    const interval =
      solution.solvedFeeLow !== null || solution.solvedFeeHigh !== null
        ? ` (Monte Carlo 95% interval ${solution.solvedFeeLow === null ? "?" : formatCents(solution.solvedFeeLow, "en")}–${solution.solvedFeeHigh === null ? "not found" : formatCents(solution.solvedFeeHigh, "en")} yuan)`
        : "";
    const solved = solution.resolved
      ? `${show(solution.solvedFee)}${solution.solvedFee === null ? "" : interval}`
      : `not named: ${paths.toLocaleString("en-US")} paths cannot resolve a ruin probability of ${target} (a fee whose few paths happen not to be ruined would "meet" it); it needs at least ${solution.pathsNeeded.toLocaleString("en-US")} paths (--paths ${solution.pathsNeeded})`;
    const note = solution.belowBreakEven
      ? `note: the ruin-target fee is below the break-even fee: over ${years} years the opening fund absorbs the expected yearly losses, so ruin stays rare; the fund runs down and a longer horizon would ruin it. Charge at least the break-even fee to keep the fund.\n`
      : "";
    io.stdout.write(
      `${scenario.name}: ${paths} paths × ${years} years, seed ${seed}\n` +
        `lowest active fee with ruin probability ≤ ${target}: ${solved}\n` +
        `break-even active fee (mean yearly result 0): ${show(solution.breakEvenFee)}\n` +
        note +
        `(retiree fee moves in proportion: ${scenario.policy.fees.retiree} / ${scenario.policy.fees.active} of the active fee)\n` +
        (solution.simulations === 1
          ? `${solution.curve.length} fees from one simulation: no price elasticity, so the fee moves only contributions and each fee was replayed on the run's cash flows\n`
          : `${solution.curve.length} fees, ${solution.simulations} simulations (the price elasticity makes each fee move membership and claims)\n`),
    );
    const out = options.values.get("--out")?.at(-1);
    if (out !== undefined)
      writeOutput(
        io,
        out,
        JSON.stringify({ scenario: scenario.name, paths, years, seed, ...solution }, null, 2) + "\n",
      );
    return 0;
  } finally {
    pool.terminate();
  }
}
