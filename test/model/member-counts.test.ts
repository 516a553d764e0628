import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/model/compile-model.ts";
import { lumpSumHolders } from "../../src/model/member-counts.ts";
import { ALLOWANCE_BUCKETS, FEMALE, SEXES, cellIndex } from "../../src/model/membership-cells.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";

describe("holders of the women's product (women 60 or under)", () => {
  it("counts the 56–60 band whole, one age in five of the 60–64 retiree band and none of 65–69", () => {
    const model = compileModel(loadScenario("scenarios/inner-mongolia-2025.json"));
    const { cells } = model;
    const counts = new Float64Array(cells.cellCount);
    // 1,000 women in each band of region 0 and 1,000 men in each band (men never hold it).
    for (let sex = 0; sex < SEXES; sex++)
      for (let band = 0; band < cells.bands; band++)
        for (let bucket = 0; bucket < ALLOWANCE_BUCKETS; bucket++)
          counts[cellIndex(cells, 0, sex, band, bucket)] = 1000 / ALLOWANCE_BUCKETS;
    const kind = model.policy.lumpSums.findIndex((product) => product?.kind === "special_disease");
    // 9 active bands whole + 1/5 of the first retiree band = 9.2 × 1,000 women, × take-up 0.5 = 4,600.
    // Admitting the whole 60–64 band gave 10 × 1,000 × 0.5 = 5,000.
    expect(cells.activeBands).toBe(9);
    expect(FEMALE).toBe(0);
    expect(lumpSumHolders(model, counts, kind)).toBe(4600);
  });
});
