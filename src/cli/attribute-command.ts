import { InputError, message } from "../messages.ts";
import { runAttribution } from "../risk/run-attribution.ts";
import { ATTRIBUTION_STEPS, parseAttributionOrder } from "../scenario/attribution-steps.ts";
import { formatAttributionTable } from "./format-attribution-table.ts";
import type { CommandIo } from "./io.ts";
import { loadScenarioOption } from "./load-scenario-option.ts";
import { optionLocale, optionText, parseOptions } from "./parse-options.ts";
import { progressBar } from "./progress-bar.ts";
import { createPool, runSettings } from "./simulate-command.ts";
import { writeOutput } from "./write-output.ts";

/**
 * `huzhu attribute --from A --to B [--paths N --years Y --seed S] [--order bands,cap,…] [--format table|json]
 * [--lang en|zh] [--threads N] [--out F]`: splits the change from scenario A to B in expected benefits
 * incurred, result and ruin probability over the horizon into steps taken one at a time on common random
 * numbers (see `runAttribution`). Run settings default to A's.
 */
export async function attributeCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const options = parseOptions(args, [
    "--from",
    "--to",
    "--paths",
    "--years",
    "--seed",
    "--order",
    "--format",
    "--lang",
    "--threads",
    "--out",
  ]);
  const format = optionText(options, "--format", "table");
  if (format !== "table" && format !== "json")
    throw new InputError([message.optionValue("--format", format, message.optionOneOf(["table", "json"]))]);
  const locale = optionLocale(options);
  const order = parseAttributionOrder(optionText(options, "--order", ATTRIBUTION_STEPS.join(",")));
  const from = loadScenarioOption(io, optionText(options, "--from"));
  const to = loadScenarioOption(io, optionText(options, "--to"));
  const { paths, years, seed, threads } = runSettings(options, from);
  const out = options.values.get("--out")?.at(-1);
  const pool = createPool(threads);
  const bar = progressBar(io.stderr, "attributing");
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once("SIGINT", onSignal);
  try {
    const attribution = await runAttribution({ from, to, paths, years, seed, order }, pool, {
      onProgress: (done, total) => bar.update(done, total),
      signal: abort.signal,
    });
    bar.finish();
    const text =
      format === "json"
        ? JSON.stringify(attribution, null, 2) + "\n"
        : formatAttributionTable(attribution, locale);
    writeOutput(io, out, text);
    if (out !== undefined) io.stdout.write(`wrote ${out}\n`);
    return 0;
  } finally {
    process.off("SIGINT", onSignal);
    pool.terminate();
  }
}
