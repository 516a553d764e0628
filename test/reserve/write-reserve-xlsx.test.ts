import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { renderMessage } from "../../src/messages.ts";
import { estimateReserve } from "../../src/reserve/estimate-reserve.ts";
import { writeReserveXlsx } from "../../src/reserve/write-reserve-xlsx.ts";
import { GEN_INS, RAA } from "./classic-triangles.ts";

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

describe("writeReserveXlsx", () => {
  // Taylor & Ashe (1983) as in Mack (1993): chain-ladder outstanding 18,680,856, Mack's total standard
  // error 2,447,095 (the published figures; test/reserve/mack-chain-ladder.test.ts checks them too).
  const outcome = estimateReserve(GEN_INS, {
    method: "mack",
    tail: { kind: "none" },
    simulations: 1,
    seed: 1,
    held: 20_000_000,
  });
  if (!outcome.ok) throw new Error(renderMessage(outcome.reason, "en"));
  const estimate = outcome.value;

  it("stores the estimate, triangle and factors as numbers, with the published totals, in English", async () => {
    const workbook = await readBack(await writeReserveXlsx(estimate, GEN_INS, "en"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "By origin",
      "Cumulative triangle",
      "Factors",
      "Distribution and adequacy",
    ]);
    const byOrigin = workbook.getWorksheet("By origin")!;
    expect(byOrigin.getRow(1).values).toEqual([undefined, "origin", "latest", "ultimate", "ibnr", "se"]);
    const total = byOrigin.getRow(GEN_INS.origins.length + 2);
    expect(total.getCell(1).value).toBe("total");
    expect(Math.round(total.getCell(4).value as number)).toBe(18_680_856);
    expect(Math.round(total.getCell(5).value as number)).toBe(2_447_095);
    // The triangle: the first origin's first cell as published (357,848), the last origin's future empty.
    const triangle = workbook.getWorksheet("Cumulative triangle")!;
    expect(triangle.getRow(2).getCell(2).value).toBe(357_848);
    expect(triangle.getRow(GEN_INS.origins.length + 1).getCell(3).value).toBeNull();
    // Nine age-to-age factors and the tail (none: 1); the first, 3.4906, as Mack (1993) table 2.
    const factors = workbook.getWorksheet("Factors")!;
    expect((factors.getRow(2).getCell(2).value as number).toFixed(4)).toBe("3.4906");
    expect(factors.getRow(11).values).toEqual([undefined, "tail", 1]);
    const adequacy = workbook.getWorksheet("Distribution and adequacy")!;
    expect(adequacy.getRow(7).getCell(2).value).toBe(20_000_000);
    expect(typeof adequacy.getRow(8).getCell(2).value).toBe("number");
  });

  it("writes Chinese sheet names and headers under zh, with the same numbers", async () => {
    const workbook = await readBack(await writeReserveXlsx(estimate, GEN_INS, "zh"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "按起始期",
      "累计三角形",
      "进展因子",
      "分布与充足性",
    ]);
    const total = workbook.getWorksheet("按起始期")!.getRow(GEN_INS.origins.length + 2);
    expect(total.getCell(1).value).toBe("合计");
    expect(Math.round(total.getCell(4).value as number)).toBe(18_680_856);
  });

  it("adds where the error comes from: with RAA's tail 1.05, process and estimation make R's 28,669.91", async () => {
    const tailed = estimateReserve(RAA, {
      method: "mack",
      tail: { kind: "given", factor: 1.05 },
      simulations: 1,
      seed: 1,
    });
    if (!tailed.ok) throw new Error(renderMessage(tailed.reason, "en"));
    const workbook = await readBack(await writeReserveXlsx(tailed.value, RAA, "en"));
    const sheet = workbook.getWorksheet("Distribution and adequacy")!;
    const rows = new Map<string, unknown>();
    sheet.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value));
    // R ChainLadder's test.MackRAA_tail_equals_1.05: Total.Mack.S.E 28,669.91.
    const process = rows.get("total's s.e.: process") as number;
    const estimation = rows.get("total's s.e.: estimation (BF: development pattern)") as number;
    expect(Math.hypot(process, estimation).toFixed(2)).toBe("28669.91");
    expect(rows.get("tail factor's s.e.")).toBeGreaterThan(0);
    expect([...rows.keys()].some((label) => label.startsWith("The tail factor 1.0500"))).toBe(true);
  });
});
