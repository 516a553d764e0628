import { renderMessage } from "../../src/messages.ts";
import { describe, expect, it } from "vitest";
import { odpBootstrap } from "../../src/reserve/odp-bootstrap.ts";
import { GEN_INS } from "./classic-triangles.ts";

describe("odpBootstrap on Taylor & Ashe (England & Verrall 2002)", () => {
  const result = odpBootstrap(GEN_INS, { simulations: 4000, seed: 7 });
  if (!result.ok) throw new Error(renderMessage(result.reason, "en"));
  const { scale, total, totals } = result.value;

  it("estimates the published scale parameter φ = 52,601", () => {
    expect(Math.round(scale)).toBe(52601);
  });

  it("has a mean near the chain-ladder reserve 18,680,856 and a prediction error near 16% of it", () => {
    // England & Verrall (2002) §7: the bootstrap's mean is close to the chain-ladder reserve and its
    // prediction error for the total about 16% of it (about 3.0 million). With 4,000 simulations the
    // mean's own standard error is about 3M/√4000 ≈ 47,000 (0.25%), the sd's about 1.2%.
    expect(Math.abs(total.ibnr / 18680856 - 1)).toBeLessThan(0.02);
    expect(total.se / 18680856).toBeGreaterThan(0.15);
    expect(total.se / 18680856).toBeLessThan(0.17);
    expect(totals.length).toBe(4000);
  });

  it("is reproducible: the same seed gives the same bits, another seed other draws", () => {
    const again = odpBootstrap(GEN_INS, { simulations: 50, seed: 7 });
    const first = odpBootstrap(GEN_INS, { simulations: 50, seed: 7 });
    const other = odpBootstrap(GEN_INS, { simulations: 50, seed: 8 });
    if (!again.ok || !first.ok || !other.ok) throw new Error("bootstrap failed");
    expect(Array.from(again.value.totals)).toEqual(Array.from(first.value.totals));
    expect(Array.from(other.value.totals)).not.toEqual(Array.from(first.value.totals));
  });

  it("says why it cannot be used on a negative development column or too few cells", () => {
    const negative = odpBootstrap(
      {
        origins: ["a", "b", "c"],
        cells: [
          [100, 150, 120],
          [100, 160, null],
          [100, null, null],
        ],
      },
      { simulations: 10, seed: 1 },
    );
    expect(negative.ok).toBe(false);
    if (!negative.ok)
      expect(renderMessage(negative.reason, "en")).toMatch(/development period 3 has a negative total/);
    const small = odpBootstrap(
      {
        origins: ["a", "b"],
        cells: [
          [100, 150],
          [100, null],
        ],
      },
      { simulations: 10, seed: 1 },
    );
    expect(small.ok).toBe(false);
    if (!small.ok) expect(renderMessage(small.reason, "en")).toMatch(/3 known cells for 3 parameters/);
  });

  it("treats a development period where nothing was ever paid as a structural zero", () => {
    const result = odpBootstrap(
      {
        origins: ["a", "b", "c", "d"],
        cells: [
          [100, 150, 170, 170],
          [110, 160, 185, null],
          [120, 175, null, null],
          [130, null, null, null],
        ],
      },
      { simulations: 200, seed: 1 },
    );
    if (!result.ok) throw new Error(renderMessage(result.reason, "en"));
    // Origin b only has period 4 ahead, where nothing is ever paid: it owes exactly nothing in every draw.
    expect(result.value.byOrigin[1]).toMatchObject({ ibnr: 0, se: 0 });
    expect(result.value.byOrigin[3]!.ibnr).toBeGreaterThan(0);
  });
});
