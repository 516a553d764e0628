import type { ChartLocale } from "../../charts/locale.ts";
import { formatCount } from "./format.ts";

/**
 * The size of a run as its heading names it: paths (a count in the language's grouping), years and
 * seed, the parameters every results heading shares (`results.heading`, `compare.heading`, …).
 * @example runSize({ paths: 2000, years: 3, seed: 7 }, "en")
 * // → { paths: "2,000", years: 3, seed: 7 }
 */
export function runSize(
  run: { readonly paths: number; readonly years: number; readonly seed: number },
  locale: ChartLocale,
): { paths: string; years: number; seed: number } {
  return { paths: formatCount(run.paths, locale), years: run.years, seed: run.seed };
}
