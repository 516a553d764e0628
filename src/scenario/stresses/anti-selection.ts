import type { Stress } from "./stress.ts";

/** Share of members who leave under anti-selection. */
export const ANTI_SELECTION_LEAVERS = 0.1;
/** Claim frequency of the leavers relative to the average member (the healthy leave). */
export const ANTI_SELECTION_LEAVER_FREQUENCY = 0.5;

/**
 * `anti-selection`: at the start of year 2, 10% of members leave and they are the healthier ones, claiming
 * at half the average rate; the members who stay therefore claim (1 − 0.1 × 0.5) / (1 − 0.1) = 0.95 / 0.9 ≈
 * 1.0556 times as often from year 2 on. Total claims fall 5% while contributions fall 10%.
 * @example
 * import { loadScenario } from "../load-scenario.ts";
 * antiSelectionStress.overrides(loadScenario("scenarios/inner-mongolia-2025.json"))
 * // → [{ from: 2, to: 2, membershipMultiplier: 0.9 }, { from: 2, frequencyMultiplier: 0.95 / 0.9 }]
 */
export const antiSelectionStress: Stress = {
  name: "anti-selection",
  title: { zh: "逆选择", en: "Anti-selection" },
  description: {
    zh: "第 2 年初 10% 的会员退出，且多为健康者（出险率为平均的一半）；留下的会员自第 2 年起出险率提高到 0.95 ÷ 0.9 ≈ 1.056 倍：案件总数降 5%，会费降 10%。",
    en: "10% of members leave at the start of year 2, the healthier ones (claiming at half the average rate); those who stay claim 0.95 ÷ 0.9 ≈ 1.056 times as often from year 2 on: claims fall 5%, contributions 10%.",
  },
  overrides: () => [
    { from: 2, to: 2, membershipMultiplier: 1 - ANTI_SELECTION_LEAVERS },
    {
      from: 2,
      frequencyMultiplier:
        (1 - ANTI_SELECTION_LEAVERS * ANTI_SELECTION_LEAVER_FREQUENCY) / (1 - ANTI_SELECTION_LEAVERS),
    },
  ],
};
