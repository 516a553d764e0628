// The claim-loop payer (`inpatientClaimPayer`: proration 1 and state at slot 0 baked in) must give the
// simulation exactly the doubles of the general payer (`inpatientPayer`) called with proration 1 and
// offset 0: benefit, allowance, top-up, payout, the member's state and the band attribution, bit for bit,
// on every bundled scheme (per-stay and cumulative bands) over seeded random sequences of stays.
import { describe, expect, it } from "vitest";
import { OUT_SIZE, STATE_SIZE } from "../../src/policy/compile-policy.ts";
import { generateStayPayerSource } from "../../src/policy/generate-stay-payer.ts";
import {
  bandBoundaries,
  compiledOf,
  mulberry32,
  policyOf,
  randomSelfPay,
  scenarioNames,
} from "./fixtures.ts";

const SEQUENCES = 4_000;

describe("the claim-loop payer", () => {
  for (const name of scenarioNames) {
    it(`${name}: pays every stay, state and band part bit for bit as the general payer`, () => {
      const policy = compiledOf(name);
      const boundaries = bandBoundaries(policyOf(name));
      const random = mulberry32(13);
      const bandSlots = policy.inpatientBands.count + policy.specialOutpatientBands.count;
      const general = { state: new Float64Array(STATE_SIZE), out: new Float64Array(OUT_SIZE) };
      const whole = { state: new Float64Array(STATE_SIZE), out: new Float64Array(OUT_SIZE) };
      const generalBands = new Float64Array(bandSlots);
      const wholeBands = new Float64Array(bandSlots);
      let differences = 0;
      for (let sequence = 0; sequence < SEQUENCES; sequence++) {
        general.state.fill(0);
        whole.state.fill(0);
        const stays = 1 + Math.floor(random() * 4);
        const years = 1 + Math.floor(random() * 4);
        for (let stay = 0; stay < stays; stay++) {
          const selfPay = randomSelfPay(random, boundaries);
          const days = Math.floor(random() * 60);
          policy.inpatientPayer(selfPay, 1, days, years, general.state, 0, general.out, generalBands);
          // Deliberately wrong proration and offset: the variant must ignore them.
          policy.inpatientClaimPayer(selfPay, 0.5, days, years, whole.state, 3, whole.out, wholeBands);
          for (const [a, b] of [
            [general.out, whole.out],
            [general.state, whole.state],
            [generalBands, wholeBands],
          ] as const)
            a.forEach((value, index) => {
              if (!Object.is(value, b[index])) differences++;
            });
        }
      }
      expect(differences).toBe(0);
      // The sequences reached the attribution of more than one band where the scheme pays in several.
      expect(generalBands.filter((value) => value > 0).length).toBeGreaterThanOrEqual(
        Math.min(2, policy.inpatientBands.rate.filter((rate) => rate > 0).length),
      );
    });
  }

  it("has no proration factor or state offset in its generated source", () => {
    const policy = compiledOf(scenarioNames[0]!);
    const source = generateStayPayerSource({
      ...policy,
      inpatient: true,
      bands: policy.inpatientBands,
      bandOffset: 0,
      minimumPayoutApplies: true,
      wholeClaimsAtSlotZero: true,
    });
    const body = source.slice(source.indexOf("{"));
    expect(body).not.toMatch(/prorationFactor|stateOffset/);
  });
});
