import { describe, expect, it } from "vitest";
import { drawAlias } from "../../src/model/discrete-alias-table.ts";
import { createLengthOfStay } from "../../src/model/length-of-stay.ts";

describe("length of stay", () => {
  it("has the published mean of 9.8 days (NHSA 2023), computed over the alias table's columns", () => {
    const table = createLengthOfStay(9.8);
    // The alias table's implied distribution: column i keeps probability[i]/n, gives the rest to its alias.
    let mean = 0;
    for (let column = 0; column < table.size; column++) {
      mean += (table.probability[column]! * table.values[column]!) / table.size;
      mean += ((1 - table.probability[column]!) * table.values[table.alias[column]!]!) / table.size;
    }
    expect(mean).toBeCloseTo(9.8, 6);
  });

  it("draws whole days from 1 to 180", () => {
    const table = createLengthOfStay(9.8);
    for (const u of [0, 0.25, 0.5, 0.999999]) {
      const days = drawAlias(table, u);
      expect(Number.isInteger(days)).toBe(true);
      expect(days).toBeGreaterThanOrEqual(1);
      expect(days).toBeLessThanOrEqual(180);
    }
  });
});
