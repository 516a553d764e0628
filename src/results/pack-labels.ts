import type { ExplanationLocale } from "../policy/explanation-text.ts";

/** The year's measures: column headers of the breakdowns and row labels of the headline table. */
const MEASURES: Record<string, string> = {
  members: "参互人数",
  contributions: "应缴会费",
  claims: "申领件数",
  paid: "补助件数",
  rejected: "拒付件数",
  invalid: "无效件数",
  total_payout: "补助金额",
  paid_per_100_members: "每百人补助件数",
  mean_paid_claim: "件均补助",
  median_paid_claim: "补助中位数",
  loss_ratio: "赔付率",
};

/** Column headers of the pack's tables: the English header is the CSV column name scripts rely on. */
const HEADERS: Record<string, string> = {
  measure: "指标",
  value: "数值",
  previous: "上年",
  change: "变化",
  pct_change: "变化率(%)",
  region: "盟市",
  unit_id: "单位",
  status: "身份",
  sex: "性别",
  age_band: "年龄段",
  copay_band: "自付段",
  kind: "类别",
  month: "入院月份",
  reason: "原因",
  ...MEASURES,
  share_of_payout: "占补助金额(%)",
  share_of_claims: "占件数(%)",
  expected_claims: "预期件数",
  ae_claims: "件数A/E",
  ae_claims_low: "件数A/E下限",
  ae_claims_high: "件数A/E上限",
  expected_payout: "预期补助金额",
  ae_payout: "金额A/E",
  ae_payout_low: "金额A/E下限",
  ae_payout_high: "金额A/E上限",
  check: "检查",
  count: "数量",
  examples: "示例",
  rank: "名次",
  claim_id: "申领编号",
  member_id: "会员编号",
  self_pay: "自付费用",
  payout: "补助金额",
  claimants: "受益人数",
  group: "人群",
  figure: "指标",
};

/** Values that are labels (totals, categories, months), in Chinese. */
const VALUES: Record<string, string> = {
  "(all)": "合计",
  "(unknown member)": "（不在会员名单）",
  "(no region)": "（无盟市）",
  "(other units)": "（其他单位）",
  active: "在职",
  retiree: "退休",
  F: "女",
  M: "男",
  inpatient: "住院",
  special_outpatient: "门诊特殊疾病",
  special_disease: "女性特殊疾病",
  critical_illness: "重大疾病",
  accident: "意外伤害",
  excluded_cause: "除外责任",
  late_filing: "超过申领期限",
  no_settlement: "无医保结算单",
  age_outside: "年龄不符",
  outside_period: "不在保障期内",
  not_covered: "不在保障范围",
  unknown_member: "会员不在名单",
  bad_member_row: "会员记录有误",
  duplicate_claim: "申领编号重复",
  bad_value: "数据有误",
  other: "其他",
  ...MEASURES,
  active_members: "在职人数",
  retiree_members: "退休人数",
  person_times: "参互人次",
  top_1_percent_share: "前1%受益人占补助金额",
  top_10_percent_share: "前10%受益人占补助金额",
  claimants: "受益人数",
  largest_member_total: "单人最高补助",
  claims_of_unknown_members: "不在会员名单的申领",
  bad_member_rows: "有误的会员记录",
  duplicate_member_ids: "重复的会员编号",
  duplicate_claim_ids: "重复的申领编号",
  invalid_claim_rows: "无效的申领记录",
  claims_outside_the_year: "入院不在本年度的申领",
  regions_new_this_year: "本年新增的盟市",
  regions_missing_this_year: "上年有、本年无的盟市",
  "(above the last band)": "（超过最高段）",
  work_injury: "工伤",
  maternity: "生育",
  occupational_disease: "职业病",
  traffic_unsettled: "交通事故未获赔偿",
  force_majeure: "不可抗力",
  misconduct: "违法违规行为",
  fraud: "欺诈",
};

/** Claim statuses (the `status` column of the rejections table). */
const STATUSES: Record<string, string> = { paid: "已补助", rejected: "拒付", invalid: "无效" };

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A column header in the language: English keeps the CSV column name. */
export function packHeader(key: string, locale: ExplanationLocale): string {
  if (locale === "en") return key;
  if (HEADERS[key] !== undefined) return HEADERS[key]!;
  const base = key.replace(/_(change|pct_change|previous)$/, "");
  const suffix = key.slice(base.length);
  const zh = HEADERS[base] ?? base;
  return suffix === "_change"
    ? `${zh}变化`
    : suffix === "_pct_change"
      ? `${zh}变化率(%)`
      : suffix === "_previous"
        ? `上年${zh}`
        : zh;
}

/**
 * A label value in the language: totals, statuses, kinds, reasons, measures; months are `YYYY-MM`
 * in both; an excluded cause keeps its key after the category (`excluded_cause: fraud`).
 * @example
 * packValue("(all)", "zh")
 * // → "合计"
 * packValue("(all)", "en")
 * // → "(all)"
 */
export function packValue(value: string, locale: ExplanationLocale, key = ""): string {
  if (locale === "en") return value;
  if (key === "status" && STATUSES[value] !== undefined) return STATUSES[value]!;
  if (VALUES[value] !== undefined) return VALUES[value]!;
  const colon = value.indexOf(": ");
  if (colon > 0 && VALUES[value.slice(0, colon)] !== undefined)
    return `${VALUES[value.slice(0, colon)]!}：${packValue(value.slice(colon + 2), locale)}`;
  if (/ \(retiree\)$/.test(value)) return value.replace(" (retiree)", "（退休）");
  return value;
}

/**
 * A month's short name (`month` 0 is January).
 * @example
 * monthName(0, "zh")
 * // → "1月"
 * monthName(11, "en")
 * // → "Dec"
 */
export function monthName(month: number, locale: ExplanationLocale): string {
  return locale === "zh" ? `${month + 1}月` : MONTHS_EN[month]!;
}
