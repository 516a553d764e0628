import type { ClaimCause } from "../scenario/types.ts";
import { formatDay } from "./dates.ts";
import type { ExplanationText } from "./explanation-text.ts";
import { formatBound } from "../format/format-bound.ts";
import { formatCents } from "../format/format-cents.ts";
import { formatPercent } from "../format/format-percent.ts";
import type { ClaimKind, MemberPeriod } from "./records.ts";

/** Claim causes as the rules name them (IM 2021 art. 18). */
const causes: Readonly<Record<ClaimCause, string>> = {
  illness: "疾病",
  injury: "意外受伤",
  traffic_settled: "有医保结算单的交通事故",
  traffic_unsettled: "无医保结算单的交通事故",
  work_injury: "工伤",
  maternity: "生育",
  occupational_disease: "职业病",
  force_majeure: "突发公共卫生事件或不可抗力",
  misconduct: "打架斗殴、吸毒、酗酒等违法犯罪",
  fraud: "骗取补助金",
};

/** Claim kinds of the claims file. */
const kinds: Readonly<Record<ClaimKind, string>> = {
  inpatient: "住院",
  special_outpatient: "门诊特殊慢性病",
  special_disease: "女性特殊疾病",
  critical_illness: "重大疾病",
  accident: "意外伤害",
};

const statuses: Readonly<Record<MemberPeriod["status"], string>> = { active: "在职", retiree: "退休" };

/** Chinese explanation lines and reasons, as an association's claims officer writes them (the workbench's default). */
export const explanationTextZh: ExplanationText = Object.freeze<ExplanationText>({
  stayHeader: (stayNumber, selfPay) => `本保障期第${stayNumber}次住院：自付${formatCents(selfPay, "zh")}元`,
  specialOutpatientHeader: (selfPay) => `门诊特殊慢性病：自付${formatCents(selfPay, "zh")}元`,
  laterStayDeductible: (before, deductible, after) =>
    `保障期内再次住院，扣除一次起付标准：${formatCents(before, "zh")} − ${formatCents(deductible, "zh")} = ${formatCents(after, "zh")}`,
  cumulativeBands: (from, to) =>
    `累计分段：本次自付计入保障期累计自付，从${formatCents(from, "zh")}累计至${formatCents(to, "zh")}`,
  band: ({ number, from, upTo, rate, inside, part }) => {
    const range =
      upTo === null
        ? `${formatBound(from, "zh")}元以上`
        : `${formatBound(from, "zh")}–${formatBound(upTo, "zh")}元`;
    return `第${number}段 ${range}，报销${formatPercent(rate, "zh", 4)}：${formatCents(inside, "zh")} × ${formatPercent(rate, "zh", 4)} = ${formatCents(part, "zh")}`;
  },
  aboveLastBand: (upper, notCovered) =>
    `超过${formatBound(upper, "zh")}元的自付部分：${formatCents(notCovered, "zh")}不予补助`,
  bandedBenefit: (benefit) => `分段补助合计：${formatCents(benefit, "zh")}`,
  straddling: (daysInside, totalDays, benefit, prorated) =>
    `跨保障期：住院${totalDays}天中${daysInside}天在保障期内，按天数比例 ${formatCents(benefit, "zh")} × ${daysInside}/${totalDays} = ${formatCents(prorated, "zh")}`,
  allowanceFirstStayOnly: () => "住院补贴：无（保障期内仅首次住院享受）",
  allowance: ({ years, rate, days, hospitalDays, maxDays, amount }) => {
    const limited = hospitalDays > maxDays ? `（住院${hospitalDays}天，最多补贴${maxDays}天）` : "";
    return `住院补贴：连续参互第${years}年，每天${formatCents(rate, "zh")}元 × ${days}天${limited} = ${formatCents(amount, "zh")}`;
  },
  cap: ({ cap, allowanceCounts, usedBefore, remaining, cutTo }) => {
    const counted = allowanceCounts ? "补助、补贴与补足均计入" : "仅补助计入";
    const cut = cutTo === null ? "" : `；补助减为${formatCents(cutTo, "zh")}`;
    return `封顶线${formatBound(cap, "zh")}元/保障期（${counted}）：此前已用${formatCents(usedBefore, "zh")}，剩余${formatCents(remaining, "zh")}${cut}`;
  },
  allowanceCutByCap: (allowance) => `受封顶线限制，住院补贴减为${formatCents(allowance, "zh")}`,
  minimumPayout: (minimum, paid, topUp) =>
    `补足至最低补助${formatCents(minimum, "zh")}元：补助与补贴合计${formatCents(paid, "zh")}，补足${formatCents(topUp, "zh")}`,
  payout: (payout) => `实付：${formatCents(payout, "zh")}`,

  lumpSumHeader: (productName, kind) => `${kinds[kind]}申领（${productName}）`,
  observationDiagnosis: (dayOfPeriod, observationDays) =>
    `保障期第${dayOfPeriod}天确诊，在新参加或重新参加者${observationDays}天的观察期内`,
  observationPayment: (perShare) => `观察期内给付：每份${formatCents(perShare, "zh")}元`,
  approvedAmount: (amount) => `核定给付金额：${formatCents(amount, "zh")}`,
  fixedAmount: (perShare) => `定额给付：每份${formatCents(perShare, "zh")}元`,
  shares: (shares, perShare, payout) =>
    `${shares}份：${formatCents(perShare, "zh")} × ${shares} = ${formatCents(payout, "zh")}`,
  productCap: (cap, remaining) =>
    `项目封顶${formatBound(cap, "zh")}元/保障期：剩余${formatCents(remaining, "zh")}，给付减为${formatCents(remaining, "zh")}`,

  periodLine: (start, end, status, age) =>
    `保障期${formatDay(start)}至${formatDay(end)}，${statuses[status]}，${age}岁`,
  outsideLine: (lumpSum, eventDay, periods) =>
    `${lumpSum ? "确诊" : "入院"}日期${formatDay(eventDay)}；会员保障期${periods.map((p) => `${formatDay(p.start)}至${formatDay(p.end)}`).join("、")}`,
  rejectedLine: (reason) => `拒付：${reason}`,
  invalidLine: (reason) => `无效：${reason}`,

  retireesNotCovered: () => "本方案不保障退休职工",
  ageOutside: (age, minAge, maxAge, status) =>
    `保障期开始时${age}岁，超出${statuses[status]}职工${minAge}–${maxAge}岁的参互年龄`,
  excludedCause: (cause) => `除外责任（${causes[cause]}）`,
  noSettlement: () => "未提供医保结算单",
  specialOutpatientNotCovered: () => "本方案不保障门诊特殊慢性病",
  lateFiling: ({ filedDay, lastDay, days, countedFrom }) =>
    `${formatDay(filedDay)}申领，已超过申领期限${formatDay(lastDay)}（${countedFrom === "periodEnd" ? "保障期结束" : "医保结算"}后${days}天）`,
  outsidePeriods: () => "不在会员保障期内",
  kindNotCovered: (kind) => `本方案不保障${kinds[kind]}`,
  notEnrolled: (kind) => `会员未参加${kinds[kind]}项目`,
  productSexOnly: (kind, sex) => `${kinds[kind]}项目仅保障${sex === "F" ? "女性" : "男性"}`,
  productAgeLimit: (age, maxAge) => `保障期开始时${age}岁，超过本项目${maxAge}岁的年龄上限`,
  inObservation: (observationDays) => `在${observationDays}天观察期内确诊`,
  productCapUsedUp: () => "本项目封顶额已用完",
  periodCapUsedUp: () => "本保障期封顶额已用完",
  nothingPayable: () => "无可补助金额",
});
