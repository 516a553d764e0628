import ExcelJS from "exceljs";
import { renderMessage } from "../messages.ts";
import type { ReserveEstimate } from "./estimate-reserve.ts";
import type { Triangle } from "./triangle.ts";

/** The workbook's sheet names and column headers in a language. */
const TEXT = {
  zh: {
    estimate: "按起始期",
    triangle: "累计三角形",
    factors: "进展因子",
    distribution: "分布与充足性",
    estimateHeader: ["起始期", "已付/已报告", "最终", "未决（IBNR）", "标准误"],
    total: "合计",
    originHeader: "起始期",
    factorHeader: ["进展期", "因子"],
    tail: "尾部",
    distributionHeader: ["项目", "金额（元）"],
    rows: { p50: "50% 分位", p75: "75% 分位", p90: "90% 分位", p95: "95% 分位", p995: "99.5% 分位" },
    held: "现有准备金",
    cover: "现有准备金足够的概率",
    shortfall: "99.5% 缺口",
    error: {
      process: "合计标准误：过程误差",
      estimation: "合计标准误：估计误差（BF 法为进展模式误差）",
      prior: "合计标准误：先验误差（BF 法）",
      priorCv: "先验的变异系数（BF 法）",
      tailSe: "尾部因子的标准误",
      tailSigma: "尾部因子的 σ",
    },
  },
  en: {
    estimate: "By origin",
    triangle: "Cumulative triangle",
    factors: "Factors",
    distribution: "Distribution and adequacy",
    estimateHeader: ["origin", "latest", "ultimate", "ibnr", "se"],
    total: "total",
    originHeader: "origin",
    factorHeader: ["development", "factor"],
    tail: "tail",
    distributionHeader: ["figure", "yuan"],
    rows: {
      p50: "50% quantile",
      p75: "75% quantile",
      p90: "90% quantile",
      p95: "95% quantile",
      p995: "99.5% quantile",
    },
    held: "held reserve",
    cover: "probability the held reserve covers outstanding claims",
    shortfall: "shortfall at 99.5%",
    error: {
      process: "total's s.e.: process",
      estimation: "total's s.e.: estimation (BF: development pattern)",
      prior: "total's s.e.: prior (BF)",
      priorCv: "prior's coefficient of variation (BF)",
      tailSe: "tail factor's s.e.",
      tailSigma: "tail factor's σ",
    },
  },
} as const;

/**
 * A reserve study as one Excel workbook (exceljs, in Node and in the browser): the estimate by origin
 * with its total, the cumulative triangle (future cells empty), the factors and the tail, and the
 * outstanding claims' quantiles with the adequacy test and where the standard error comes from (process,
 * estimation, BF's prior, the tail's s.e. and σ, and the sentences saying so). Headers in the language; numbers stored as
 * numbers (yuan with two decimals). Returns the .xlsx bytes.
 */
export async function writeReserveXlsx(
  estimate: ReserveEstimate,
  triangle: Triangle,
  locale: "zh" | "en",
): Promise<Uint8Array> {
  const text = TEXT[locale];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "huzhu";
  const money = (sheet: ExcelJS.Worksheet, columns: readonly number[]) =>
    columns.forEach((column) => (sheet.getColumn(column).numFmt = "#,##0.00"));

  const byOrigin = workbook.addWorksheet(text.estimate);
  byOrigin.addRow([...text.estimateHeader]).font = { bold: true };
  for (const row of estimate.byOrigin)
    byOrigin.addRow([row.origin, row.latest, row.ultimate, row.ibnr, row.se]);
  const { latest, ultimate, ibnr, se } = estimate.total;
  byOrigin.addRow([text.total, latest, ultimate, ibnr, se]).font = { bold: true };
  money(byOrigin, [2, 3, 4, 5]);

  const cumulative = workbook.addWorksheet(text.triangle);
  const periods = (triangle.cells[0] ?? []).map((_, index) => index + 1);
  cumulative.addRow([text.originHeader, ...periods]).font = { bold: true };
  triangle.cells.forEach((row, index) => cumulative.addRow([triangle.origins[index]!, ...row]));

  const factors = workbook.addWorksheet(text.factors);
  factors.addRow([...text.factorHeader]).font = { bold: true };
  estimate.factors.forEach((factor, index) => factors.addRow([`${index + 1}→${index + 2}`, factor]));
  factors.addRow([text.tail, estimate.tail]);

  const distribution = workbook.addWorksheet(text.distribution);
  distribution.addRow([...text.distributionHeader]).font = { bold: true };
  for (const key of ["p50", "p75", "p90", "p95", "p995"] as const)
    distribution.addRow([text.rows[key], estimate.quantiles[key]]);
  if (estimate.adequacy) {
    distribution.addRow([text.held, estimate.adequacy.held]);
    distribution.addRow([text.cover, estimate.adequacy.probabilityCovered]).getCell(2).numFmt = "0.0%";
    distribution.addRow([text.shortfall, estimate.adequacy.shortfall]);
  }
  money(distribution, [2]);
  const parts = estimate.errorParts;
  const add = (label: string, value: number, format = "#,##0.00") =>
    (distribution.addRow([label, value]).getCell(2).numFmt = format);
  if (parts) {
    add(text.error.process, parts.process);
    add(text.error.estimation, parts.estimation);
    if (parts.prior !== null) add(text.error.prior, parts.prior);
    if (parts.priorCv !== null) add(text.error.priorCv, parts.priorCv, "0%");
    if (parts.tailSe !== null) add(text.error.tailSe, parts.tailSe, "0.0000");
    if (parts.tailSigma !== null) add(text.error.tailSigma, parts.tailSigma, "0.0000");
  }
  for (const note of estimate.errorNotes) distribution.addRow([renderMessage(note, locale)]);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
