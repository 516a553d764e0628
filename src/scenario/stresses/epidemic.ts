import type { Stress } from "./stress.ts";

/**
 * `epidemic`: year 1 is an epidemic year at the top of the scenario's epidemic range
 * (`shocks.epidemic.multiplierHigh`, 1.25 by default: the +22% rebound of admissions in 2023, NHC
 * bulletin), replacing that year's random epidemic draw; later years are untouched.
 * @example
 * import { loadScenario } from "../load-scenario.ts";
 * epidemicStress.overrides(loadScenario("scenarios/inner-mongolia-2025.json"))
 * // → [{ from: 1, to: 1, epidemicMultiplier: 1.25 }]
 */
export const epidemicStress: Stress = {
  name: "epidemic",
  title: { zh: "疫情年", en: "Epidemic year" },
  description: {
    zh: "第 1 年为疫情年：全体会员住院频率乘以情景疫情区间的上限（默认 1.25，2023 年住院人次反弹 +22%），其余年份不变。",
    en: "Year 1 is an epidemic year: every member's claim frequency × the top of the scenario's epidemic range (1.25 by default: admissions rebounded +22% in 2023); later years unchanged.",
  },
  overrides: (scenario) => [
    { from: 1, to: 1, epidemicMultiplier: scenario.assumptions.shocks.epidemic.multiplierHigh },
  ],
};
