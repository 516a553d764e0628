import type { Stress } from "./stress.ts";

/** The yearly interest rate of the low-interest stress (0.1%, about a current-account deposit). */
export const LOW_INTEREST_RATE = 0.001;

/**
 * `low-interest`: the fund earns 0.1% a year from year 1 on, about what a current (demand) deposit pays at
 * Chinese banks after the 2024–25 rate cuts, instead of the scenario's 1.0–1.5% (E).
 * @example
 * import { loadScenario } from "../load-scenario.ts";
 * lowInterestStress.overrides(loadScenario("scenarios/inner-mongolia-2025.json"))
 * // → [{ from: 1, interestRate: 0.001 }]
 */
export const lowInterestStress: Stress = {
  name: "low-interest",
  title: { zh: "低利率", en: "Low interest" },
  description: {
    zh: "自第 1 年起基金年利率仅 0.1%（约为活期存款利率），替代情景的 1.0–1.5%。",
    en: "The fund earns 0.1% a year from year 1 on (about a demand deposit), instead of the scenario's 1.0–1.5%.",
  },
  overrides: () => [{ from: 1, interestRate: LOW_INTEREST_RATE }],
};
