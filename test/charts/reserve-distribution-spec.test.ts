import { describe, expect, it } from "vitest";
import { chartText } from "../../src/charts/locale.ts";
import { reserveDistributionSpec } from "../../src/charts/reserve-distribution-spec.ts";
import { withData } from "../../src/charts/with-data.ts";
import { reserveDensity } from "../../src/reserve/reserve-density.ts";
import { renderSvg } from "./render.ts";

describe("reserveDistributionSpec", () => {
  const rows = reserveDensity({ kind: "lognormal", mean: 1e6, standardDeviation: 2e5 });

  for (const locale of ["zh", "en"] as const) {
    it(`renders without warnings in ${locale}, with the title and the three labelled rules`, async () => {
      const spec = withData(reserveDistributionSpec({ locale, mean: 1e6, p995: 1.63e6, held: 1.2e6 }), {
        reserveDistribution: rows,
      });
      const { svg, warnings } = await renderSvg(spec);
      expect(warnings).toEqual([]);
      const t = chartText(locale).reserve;
      expect(svg).toContain(t.title);
      for (const label of [t.mean, t.held, t.p995]) expect(svg).toContain(label);
      expect(svg).toContain(locale === "zh" ? "120万" : "1.2M");
    });
  }

  it("has a density that integrates to about 1 (trapezoids over 0.05%–99.95%)", () => {
    let area = 0;
    for (let i = 1; i < rows.length; i++)
      area += ((rows[i]!.density + rows[i - 1]!.density) / 2) * (rows[i]!.amount - rows[i - 1]!.amount);
    expect(area).toBeGreaterThan(0.99);
    expect(area).toBeLessThan(1.001);
  });
});
