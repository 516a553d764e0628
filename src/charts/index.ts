/**
 * Vega-Lite chart specs for the Huzhu workbench. Each spec is a function of options only; rows are
 * attached to its named data source(s) by the caller (`withData`, or `view.data(name, rows)`).
 */
export type { ChartLocale, ChartText } from "./locale.ts";
export { chartText, DEFAULT_LOCALE } from "./locale.ts";
export { amountExpr, amountLabelExpr } from "./format-amount.ts";
export type { BaseChartOptions } from "./base-spec.ts";
export { DEFAULT_HEIGHT, DEFAULT_WIDTH } from "./base-spec.ts";
export type { ChartDatasets } from "./with-data.ts";
export { withData } from "./with-data.ts";
export type { FundBalanceFanOptions, FundBalanceRow } from "./fund-balance-fan-spec.ts";
export { FUND_BALANCE_DATA, fundBalanceFanSpec } from "./fund-balance-fan-spec.ts";
export type { RuinProbabilityOptions, RuinRow } from "./ruin-probability-spec.ts";
export { RUIN_DATA, ruinProbabilitySpec } from "./ruin-probability-spec.ts";
export type { LossRatioDistributionOptions, LossRatioRow } from "./loss-ratio-distribution-spec.ts";
export { LOSS_RATIO_DATA, lossRatioDistributionSpec } from "./loss-ratio-distribution-spec.ts";
export type { BenefitBreakdownOptions, BenefitBreakdownRow, MemberStatus } from "./benefit-breakdown-spec.ts";
export { BENEFIT_BREAKDOWN_DATA, benefitBreakdownSpec } from "./benefit-breakdown-spec.ts";
export type { DifferenceOptions, DifferenceRow, MeasureUnit } from "./difference-spec.ts";
export { DIFFERENCE_DATA, differenceSpec } from "./difference-spec.ts";
export type { FeeCurveRow, FeeMarkRow, FeeRuinCurveOptions } from "./fee-ruin-curve-spec.ts";
export { FEE_CURVE_DATA, FEE_MARKS_DATA, feeRuinCurveSpec } from "./fee-ruin-curve-spec.ts";
