import { formatCents } from "../format/format-cents.ts";
import { formatCount } from "../format/format-count.ts";
import { formatPercent } from "../format/format-percent.ts";
import { type Message, message, renderMessage } from "../messages.ts";
import { messageLang } from "./message-lang.ts";
import { solveFee } from "../risk/solve-fee.ts";
import type { CommandIo } from "./io.ts";
import { optionLocale, optionNumber, optionText, parseOptions } from "./parse-options.ts";
import { loadScenarioOption } from "./load-scenario-option.ts";
import { createPool, runSettings } from "./simulate-command.ts";
import { checkOutput, writeOutput } from "./write-output.ts";

/**
 * `huzhu solve-fee --scenario S [--target-ruin 0.005] [--years N] [--paths N] [--seed N] [--threads N] [--out F]`:
 * the lowest active fee (retiree fee in proportion) with ruin probability at or under the target, and the
 * break-even fee, by bisection on common random numbers.
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
    "--lang",
  ]);
  optionLocale(options); // refuses a language other than en or zh
  const scenario = loadScenarioOption(io, optionText(options, "--scenario"));
  const targetRuin = optionNumber(options, "--target-ruin", 0.005, 0, 1);
  const { paths, years, seed, threads } = runSettings(options, scenario);
  const out = options.values.get("--out")?.at(-1);
  checkOutput(io, out);
  const say = (item: Message) => renderMessage(item, messageLang(args));
  const pool = createPool(threads);
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once("SIGINT", onSignal);
  try {
    const solution = await solveFee(
      scenario,
      { targetRuin, paths, years, seed, signal: abort.signal },
      pool,
      (point) => {
        io.stderr.write(
          `${say(
            message.solveStep(
              formatCents(point.fee, "en"),
              formatPercent(point.ruinProbability, "en"),
              formatCount(point.meanResult, "en"),
            ),
          )}\n`,
        );
      },
    );
    const show = (fee: number | null) =>
      fee === null ? message.solveNotFound() : message.solveFee(formatCents(fee, "en"));
    const { active, retiree } = scenario.policy.fees;
    io.stdout.write(
      [
        message.solveHeading(scenario.name, paths, years, seed),
        message.solveLowest(formatPercent(targetRuin, "en"), show(solution.solvedFee)),
        message.solveBreakEven(show(solution.breakEvenFee)),
        message.solveRetiree(retiree, active),
        message.solveSimulations(solution.curve.length, solution.simulations ?? solution.curve.length),
      ]
        .map((item) => `${say(item)}\n`)
        .join(""),
    );
    if (out !== undefined)
      writeOutput(
        io,
        out,
        JSON.stringify({ scenario: scenario.name, paths, years, seed, ...solution }, null, 2) + "\n",
      );
    return 0;
  } finally {
    process.off("SIGINT", onSignal);
    pool.terminate();
  }
}
