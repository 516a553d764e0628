import { closeSync, mkdirSync, openSync, renameSync, writeSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError, message } from "../messages.ts";
import { compileModel } from "../model/compile-model.ts";
import { synthesizeFund } from "../synth/synthesize-fund.ts";
import type { CommandIo } from "./io.ts";
import { loadScenarioOption } from "./load-scenario-option.ts";
import { optionInteger, optionNumber, optionText, parseOptions } from "./parse-options.ts";

/**
 * `huzhu synth --scenario S --from 2022 --to 2024 --seed 1 [--scale 0.05] [--dirty 0.01] --out-dir DIR`:
 * writes a synthetic fund's `members-YYYY.csv` and `claims-YYYY.csv` for each year, drawn from the
 * scenario's model (see `synthesizeFund`), streaming each file to disk under a temporary name that is
 * renamed when the file is complete. Prints a line per year to standard error.
 */
export function synthCommand(args: readonly string[], io: CommandIo): number {
  const options = parseOptions(args, [
    "--scenario",
    "--from",
    "--to",
    "--seed",
    "--scale",
    "--dirty",
    "--out-dir",
  ]);
  const scenario = loadScenarioOption(io, optionText(options, "--scenario"));
  const from = optionInteger(options, "--from", new Date().getUTCFullYear() - 1, 1971, 2100);
  const to = optionInteger(options, "--to", from, 1971, 2100);
  if (to < from) throw new InputError([message.optionValue("--to", String(to), message.synthYearFrom(from))]);
  if (to - from > 49)
    throw new InputError([message.optionValue("--to", String(to), message.synthYearsAtMost(49))]);
  const seed = optionInteger(options, "--seed", 1, 0, Number.MAX_SAFE_INTEGER);
  const scale = optionNumber(options, "--scale", 0.05, 0.0001, 10);
  const dirty = optionNumber(options, "--dirty", 0, 0, 0.5);
  const outDir = resolve(io.cwd, optionText(options, "--out-dir"));
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new InputError([
      message.outDirUnwritable(
        optionText(options, "--out-dir"),
        (error as NodeJS.ErrnoException).code ?? String(error),
      ),
    ]);
  }
  const years = synthesizeFund(compileModel(scenario), { from, to, seed, scale, dirty }, (name) => {
    const path = join(outDir, name);
    const temporary = `${path}.partial-${process.pid}`;
    const fd = openSync(temporary, "w");
    return {
      write: (text: string) => void writeSync(fd, text),
      close: () => {
        closeSync(fd);
        renameSync(temporary, path);
      },
    };
  });
  for (const year of years) {
    const rejectable =
      year.rejectable.excludedCause + year.rejectable.lateFiling + year.rejectable.noSettlement;
    io.stderr.write(
      `${year.year}: ${year.members.toLocaleString("en-US")} members, ${year.claims.toLocaleString("en-US")} claims ` +
        `(${rejectable.toLocaleString("en-US")} drawn to be rejected; ${year.dirty.members + year.dirty.claims} rows with data-entry errors)` +
        (year.lumpSums > 0 ? `; ${year.lumpSums.toLocaleString("en-US")} of the claims are lump sums` : "") +
        "\n",
    );
  }
  return 0;
}
