import type { Model } from "../model/compile-model.ts";

/** Whether two values are equal to the bit: numbers by `Object.is`, arrays and objects member by member. */
function identical(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b) || Array.isArray(a) || Array.isArray(b)) {
    const x = a as ArrayLike<unknown>;
    const y = b as ArrayLike<unknown>;
    if (a.constructor !== b.constructor || x.length !== y.length) return false;
    for (let index = 0; index < x.length; index++) if (!Object.is(x[index], y[index])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) => key in b && identical((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * Whether two compiled models draw a cell's stays alike: the same membership cells (so a cell index
 * names the same members' cell and its substream), claim frequencies by band, claim-count shape,
 * length-of-stay table, self-pay severity and reporting-lag table, all equal to the bit. Then, in a year
 * where both hold the same number of members in a cell and the same frailty and inflation, the cell's
 * claimants, stays, self-pays and lags are the same draws for both, whatever their policies: the stays
 * can be drawn once and paid under each (see `simulateSharedStays`). Cost: O(table sizes), once a run.
 * @example
 * import { compileModel } from "../model/compile-model.ts";
 * import { loadScenario } from "../scenario/load-scenario.ts";
 * const im = compileModel(loadScenario("scenarios/inner-mongolia-2025.json"));
 * sameStayDraws(im, compileModel(loadScenario("scenarios/inner-mongolia-2025-cap-250k.json")))
 * // → true
 * sameStayDraws(im, compileModel(loadScenario("scenarios/hangzhou-2016.json")))
 * // → false
 */
export function sameStayDraws(a: Model, b: Model): boolean {
  return (
    identical(a.cells, b.cells) &&
    identical(a.frequency, b.frequency) &&
    identical(a.lengthOfStay, b.lengthOfStay) &&
    identical(a.severity, b.severity) &&
    identical(a.lagTable, b.lagTable)
  );
}
