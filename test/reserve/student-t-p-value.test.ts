import { describe, expect, it } from "vitest";
import { studentTPValue } from "../../src/reserve/student-t-p-value.ts";

describe("studentTPValue", () => {
  it("matches scipy's 2 · stats.t.sf(|t|, df) to 12 digits", () => {
    // python3: from scipy import stats; 2 * stats.t.sf(abs(t), df)
    const cases: [number, number, number][] = [
      [2.0, 5, 0.10193947882985835],
      [4.5, 7, 0.0027983300778426316],
      [0.3, 1, 0.8144528418445154],
      [-3.1, 12, 0.009189996378391336],
      [1.0, 2, 0.4226497308103742],
    ];
    for (const [t, df, p] of cases) expect(studentTPValue(t, df)).toBeCloseTo(p, 12);
  });

  it("is 1 at t = 0 and NaN without a degree of freedom", () => {
    expect(studentTPValue(0, 4)).toBe(1);
    expect(studentTPValue(2, 0)).toBeNaN();
  });
});
