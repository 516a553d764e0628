import * as vega from "vega";
import { describe, expect, it } from "vitest";
import { amountExpr, amountLabelExpr, formatAmount, MISSING_AMOUNT } from "../../src/charts/format-amount.ts";
import type { ChartLocale } from "../../src/charts/locale.ts";

describe("formatAmount (zh: 万/亿, no grouping)", () => {
  // Worked by hand: pick the largest unit reached, then 0 decimals from 100 up, 1 from 10, else 2.
  it.each([
    [0, "0"],
    [880, "880"],
    [9_999, "9999"], // below 9,999.5: stays in yuan, 0 decimals
    [9_999.6, "1万"], // would round to 10000 in yuan, so shown in 万: 0.99996 → "1.00" → "1"
    [10_000, "1万"],
    [12_500, "1.25万"],
    [150_000, "15万"], // 15.0 → "15"
    [155_000, "15.5万"],
    [1_250_000, "125万"],
    [12_345_678, "1235万"], // 1234.5678 万, 0 decimals
    [99_994_999, "9999万"],
    [99_995_000, "1亿"],
    [123_456_789, "1.23亿"],
    [350_000_000, "3.5亿"],
    [1e12, "10000亿"],
    [12.345, "12.3"],
    [5.5, "5.5"],
    [0.004, "0"],
    [-880, "-880"],
    [-12_500, "-1.25万"],
    [-1_250_000, "-125万"],
    [-350_000_000, "-3.5亿"],
    [-0.004, "0"], // rounds to zero: no sign
    [-0.006, "-0.01"],
    [-0, "0"],
  ])("%s → %s", (value, expected) => {
    expect(formatAmount(value, "zh")).toBe(expected);
  });

  it("is the default locale", () => {
    expect(formatAmount(1_250_000)).toBe("125万");
    expect(formatAmount(350_000_000)).toBe("3.5亿");
  });
});

describe("formatAmount (en: k/M/B)", () => {
  it.each([
    [0, "0"],
    [880, "880"],
    [999, "999"],
    [999.4, "999"],
    [999.5, "1k"],
    [12_500, "12.5k"],
    [45_600, "45.6k"],
    [1_250_000, "1.25M"],
    [1_234_567, "1.23M"],
    [350_000_000, "350M"],
    [2.5e9, "2.5B"],
    [1.2e12, "1,200B"],
    [-880, "-880"],
    [-12_500, "-12.5k"],
    [-1_250_000, "-1.25M"],
  ])("%s → %s", (value, expected) => {
    expect(formatAmount(value, "en")).toBe(expected);
  });
});

describe("formatAmount of non-finite values", () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("%s → an en dash", (value) => {
    expect(MISSING_AMOUNT).toBe("–");
    expect(formatAmount(value)).toBe("–");
    expect(formatAmount(value, "en")).toBe("–");
  });
});

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
