import { describe, expect, it } from "vitest";
import type { HorizonChange } from "../../../src/risk/attribute-change.ts";
import type { Attribution, AttributionStep } from "../../../src/risk/run-attribution.ts";
import { largestStepsSentence } from "../../../src/ui/compare/attribution-sentence.ts";
import { attributionCsv } from "../../../src/ui/compare/stress-attribution-csv.ts";
import { waterfallRows } from "../../../src/ui/compare/waterfall-rows.ts";

const change = (
  benefitsIncurred: number,
  result = -benefitsIncurred,
  ruinProbability = 0,
): HorizonChange => ({
  benefitsIncurred,
  result,
  ruinProbability,
  interval: {
    benefitsIncurred: [benefitsIncurred - 10, benefitsIncurred + 10],
    result: [result - 10, result + 10],
    ruinProbability: [0, 0],
  },
});
const step = (name: AttributionStep["name"], value: number): AttributionStep => ({
  name,
  fields: [`policy.${name}`],
  changed: value !== 0,
  ...change(value),
});
// bands +1,000,000, cap +200,000, deductible −3,000,000, fees 0, other +50,000: total −1,750,000
const attribution: Attribution = {
  from: "A",
  to: "B",
  paths: 4,
  years: 2,
  seed: 1,
  base: { benefitsIncurred: 10_000_000, result: 0, ruinProbability: 0 },
  target: { benefitsIncurred: 8_250_000, result: 1_750_000, ruinProbability: 0 },
  steps: [
    step("bands", 1_000_000),
    step("cap", 200_000),
    step("deductible", -3_000_000),
    step("fees", 0),
    step("other", 50_000),
  ],
  total: change(-1_750_000),
};

describe("attribution helpers of the comparison tab", () => {
  it("the sentence names the three largest steps by size, with the total, in Chinese and English", () => {
    expect(largestStepsSentence(attribution, "zh")).toBe(
      "发生互助金变动合计 -175万元，其中影响最大的步骤是起付线（-300万元）、分段比例（+100万元）、封顶线（+20万元）。",
    );
    expect(largestStepsSentence(attribution, "en")).toBe(
      "Benefits incurred change by -1.75M yuan in all; the largest steps are Deductible (-3M yuan), Bands (+1M yuan), Cap (+200k yuan).",
    );
    const none = { ...attribution, steps: attribution.steps.map((s) => ({ ...s, benefitsIncurred: 0 })) };
    expect(largestStepsSentence(none, "en")).toBe("A and B do not differ in benefits incurred.");
  });

  it("the waterfall rows: steps then the total, per measure, in order", () => {
    const rows = waterfallRows(attribution).filter((row) => row.measure === "benefitsIncurred");
    expect(rows.map((row) => [row.order, row.step, row.change])).toEqual([
      [0, "bands", 1_000_000],
      [1, "cap", 200_000],
      [2, "deductible", -3_000_000],
      [3, "fees", 0],
      [4, "other", 50_000],
      [5, "total", -1_750_000],
    ]);
    expect(rows[0]).toMatchObject({ low: 999_990, high: 1_000_010 });
  });

  it("the CSV has a row per step and the total, whose changes the steps add up to", () => {
    const lines = attributionCsv(attribution).trim().split("\n");
    expect(lines[0]).toBe(
      "from,to,step,fields,benefits_incurred,benefits_incurred_low,benefits_incurred_high,result,result_low,result_high,ruin_probability,ruin_probability_low,ruin_probability_high",
    );
    expect(lines).toHaveLength(7);
    const values = lines.slice(1).map((line) => Number(line.split(",")[4]));
    expect(values.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(values.at(-1));
    expect(lines[6]!.startsWith("A,B,total,,-1750000,")).toBe(true);
  });
});
