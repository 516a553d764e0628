import type { Stress } from "./stress.ts";

/** The self-pay rise of the cost shock (+20%). */
export const COST_SHOCK_MULTIPLIER = 1.2;

/**
 * `cost-shock`: self-pay per stay is 20% higher from year 2 on, on top of medical inflation (a policy or
 * pricing change such as Wenzhou 2015, where payouts rose far faster than fees). Membership, contributions
 * and the stays drawn are untouched.
 * @example
 * import { loadScenario } from "../load-scenario.ts";
 * costShockStress.overrides(loadScenario("scenarios/inner-mongolia-2025.json"))
 * // → [{ from: 2, selfPayMultiplier: 1.2 }]
 */
export const costShockStress: Stress = {
  name: "cost-shock",
  title: { zh: "费用冲击", en: "Cost shock" },
  description: {
    zh: "自第 2 年起每次住院的个人自付费用增加 20%（在医疗费用通胀之外）；会员数和会费不变；住院次数不变（个别住院因费用提高而超过起付线，赔付人次可能略增）。",
    en: "Self-pay per stay 20% higher from year 2 on (on top of medical inflation); membership, contributions and the stays themselves unchanged (a dearer stay may newly clear the deductible, so paid claims can rise slightly).",
  },
  overrides: () => [{ from: 2, selfPayMultiplier: COST_SHOCK_MULTIPLIER }],
};
