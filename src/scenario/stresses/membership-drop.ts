import type { Stress } from "./stress.ts";

/** The share of members kept by the membership drop (−15%). */
export const MEMBERSHIP_DROP_MULTIPLIER = 0.85;

/**
 * `membership-drop`: 15% of members leave at the start of year 2 (units not renewing after a rule change),
 * the same share in every cell, so the members left claim like those before; later years grow from the
 * lower base.
 * @example
 * import { loadScenario } from "../load-scenario.ts";
 * membershipDropStress.overrides(loadScenario("scenarios/inner-mongolia-2025.json"))
 * // → [{ from: 2, to: 2, membershipMultiplier: 0.85 }]
 */
export const membershipDropStress: Stress = {
  name: "membership-drop",
  title: { zh: "会员流失", en: "Membership drop" },
  description: {
    zh: "第 2 年初会员减少 15%（各类会员同比例减少，剩余会员的出险率不变），以后各年在较低基数上变动。",
    en: "15% of members leave at the start of year 2 (the same share of every kind of member, so those left claim as before); later years move from the lower base.",
  },
  overrides: () => [{ from: 2, to: 2, membershipMultiplier: MEMBERSHIP_DROP_MULTIPLIER }],
};
