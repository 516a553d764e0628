import * as vega from "vega";
import { describe, expect, it } from "vitest";
import { amountExpr, amountLabelExpr } from "../../src/charts/format-amount.ts";
import { formatAmount } from "../../src/format/format-amount.ts";
import type { ChartLocale } from "../../src/charts/locale.ts";

/** Evaluates a Vega expression over `datum.v` for each value with a headless Vega view. */
async function evaluate(expr: string, values: readonly unknown[]): Promise<unknown[]> {
  const view = new vega.View(
    vega.parse({
      data: [
        {
          name: "t",
          values: values.map((v) => ({ v })),
          transform: [{ type: "formula", expr, as: "label" }],
        },
      ],
    }),
    { renderer: "none" },
  );
  try {
    await view.runAsync();
    return (view.data("t") as { label: unknown }[]).map((d) => d.label);
  } finally {
    view.finalize();
  }
}

describe("amountExpr / amountLabelExpr (the same rules as a Vega expression)", () => {
  const values = [
    0,
    0.004,
    -0.004,
    -0.006,
    0.125,
    5.5,
    12.345,
    99.96,
    880,
    999,
    999.4,
    999.5,
    9_999,
    9_999.5,
    9_999.6,
    12_500,
    150_000,
    155_000,
    999_499,
    999_500,
    1_250_000,
    12_345_678,
    99_994_999,
    99_995_000,
    123_456_789,
    350_000_000,
    2.5e9,
    1.2e12,
    -880,
    -12_500,
    -1_250_000,
    -350_000_000,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ];

  it.each<ChartLocale>(["zh", "en"])("agrees with formatAmount (%s)", async (locale) => {
    const labels = await evaluate(amountExpr(locale, "datum.v"), values);
    expect(labels).toEqual(values.map((v) => formatAmount(v, locale)));
  });

  it("shows missing values (null, undefined) as an en dash", async () => {
    expect(await evaluate(amountExpr("zh", "datum.v"), [null, undefined])).toEqual(["–", "–"]);
  });

  it("can be concatenated with other string expressions", async () => {
    expect(await evaluate(`'A ' + ${amountExpr("zh", "datum.v")} + ' B'`, [1_250_000])).toEqual([
      "A 125万 B",
    ]);
  });

  it("labelExpr formats datum.value", async () => {
    const view = new vega.View(
      vega.parse({
        signals: [{ name: "out", update: `[${amountLabelExpr("zh").replaceAll("datum.value", "1250000")}]` }],
      }),
      { renderer: "none" },
    );
    try {
      await view.runAsync();
      expect(view.signal("out")).toEqual(["125万"]);
      expect(amountLabelExpr("en")).toBe(amountExpr("en", "datum.value"));
      expect(amountLabelExpr()).toBe(amountExpr("zh", "datum.value"));
    } finally {
      view.finalize();
    }
  });
});
