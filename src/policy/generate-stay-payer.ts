import type { BandTable } from "./band-table.ts";
import { OUT, STATE } from "./evaluator-slots.ts";
import { roundCents } from "./round-cents.ts";

/**
 * The compiled payer of one claim kind (`payStayFast` picks it by kind):
 * @param selfPay the stay's self-pay in yuan
 * @param prorationFactor days inside the period / total days (1 for a stay inside the period)
 * @param allowanceDays hospital days counted for the allowance (days inside the period)
 * @param allowanceYears years of unbroken participation for the allowance (1, 2, 3, …)
 * @param state the member-period state (`STATE` slots from `stateOffset`), updated in place
 * @param out receives `OUT` slots: benefit, allowance, top-up, payout (yuan, rounded to cents)
 * @param bandTotals if given, the benefit by band (after proration and cap) is added to it: inpatient bands
 *   from 0, special outpatient bands (when they differ) from the policy's `inpatientBands.count`
 */
export type StayPayer = (
  selfPay: number,
  prorationFactor: number,
  allowanceDays: number,
  allowanceYears: number,
  state: Float64Array,
  stateOffset: number,
  out: Float64Array,
  bandTotals: Float64Array | null,
) => void;

/** The settings of a policy that the generated code bakes in as constants. */
export interface PayerSettings {
  inpatient: boolean;
  bands: BandTable;
  /** Where this kind's band slots start in the band-attribution array. */
  bandOffset: number;
  cumulativeBands: boolean;
  cap: number;
  allowanceCountsTowardCap: boolean;
  deductibleAmount: number;
  deductibleOnEveryLaterStay: boolean;
  allowanceRates: Float64Array;
  allowanceMaxDays: number;
  allowanceFirstStayOnly: boolean;
  minimumPayout: number;
  minimumPayoutApplies: boolean;
  /**
   * The simulation's claim loop variant: the proration factor is 1 and the state starts at slot 0 (the
   * arguments are then ignored), so the multiplications by 1 and the offsets disappear. The same doubles
   * as the general payer: x × 1 and x − 0 are x exactly in IEEE 754.
   */
  wholeClaimsAtSlotZero?: boolean;
}

/** A number as a JavaScript literal that reads back to the same double. */
const literal = (value: number): string =>
  value === Infinity ? "Infinity" : Object.is(value, -0) ? "-0" : String(value);

/** Banded benefit of `x` as one nested conditional: the highest band that `x` enters decides. */
function bandedExpression(bands: BandTable, x: string): string {
  let expression = "0";
  for (let index = 0; index < bands.count; index++) {
    const lower = literal(bands.lower[index]!);
    const upper = bands.upper[index]!;
    const clipped = upper === Infinity ? x : `(${x} < ${literal(upper)} ? ${x} : ${literal(upper)})`;
    expression = `(${x} > ${lower} ? ${literal(bands.benefitBelow[index]!)} + (${clipped} - ${lower}) * ${literal(bands.rate[index]!)} : ${expression})`;
  }
  return expression;
}

/**
 * Generates the source of a payer specialised to one policy and claim kind: band bounds, rates, the cap
 * and the allowance schedule become constants, branches for features the policy lacks disappear, and
 * the band loop is unrolled. The steps are those of `payStayFast` (deductible, bands, proration,
 * allowance, cap, top-up, rounding, state, attribution); `test/policy/fast-and-explaining-agree.test.ts`
 * checks the result against the explaining path to the cent.
 */
export function generateStayPayerSource(settings: PayerSettings): string {
  const s = settings;
  const whole = s.wholeClaimsAtSlotZero === true;
  // `slot(k)`: the state slot k of the member; `prorated(x)`: x times the proration factor.
  const slot = (k: number) => (whole ? `state[${k}]` : `state[stateOffset + ${k}]`);
  const prorated = (x: string) => (whole ? x : `${x} * prorationFactor`);
  const capUsed = slot(STATE.capUsed);
  const lines: string[] = [];
  lines.push(`var covered = ${slot(STATE.coveredStays)};`);
  lines.push("var amount = selfPay > 0 ? selfPay : 0;");
  if (s.inpatient && s.deductibleAmount > 0) {
    const later = s.deductibleOnEveryLaterStay ? "covered >= 1" : "covered === 1";
    lines.push(
      `if (${later}) { amount = amount - ${literal(s.deductibleAmount)}; if (amount < 0) amount = 0; }`,
    );
  }
  if (s.cumulativeBands) {
    lines.push(`var from = ${slot(STATE.cumulativeSelfPay)};`);
    lines.push(`${slot(STATE.cumulativeSelfPay)} = from + amount;`);
    lines.push("var to = from + amount;");
    lines.push(
      `var full = from > 0 ? ${bandedExpression(s.bands, "to")} - ${bandedExpression(s.bands, "from")} : ${bandedExpression(s.bands, "amount")};`,
    );
  } else {
    lines.push("var from = 0;");
    lines.push("var to = amount;");
    lines.push(`var full = ${bandedExpression(s.bands, "amount")};`);
  }
  lines.push(`var benefit = roundCents(${prorated("full")});`);

  lines.push("var allowance = 0;");
  const rates = s.allowanceRates;
  if (s.inpatient && rates.length > 0) {
    let rate = literal(rates[rates.length - 1]!);
    for (let index = rates.length - 2; index >= 0; index--)
      rate = `(allowanceYears <= ${index + 1} ? ${literal(rates[index]!)} : ${rate})`;
    const when = s.allowanceFirstStayOnly ? "covered === 0" : "true";
    lines.push(
      `if (${when}) { var days = allowanceDays > 0 ? allowanceDays : 0; if (days > ${literal(s.allowanceMaxDays)}) days = ${literal(s.allowanceMaxDays)}; allowance = ${rate} * days; }`,
    );
  }
  if (s.cap === Infinity) {
    lines.push("var remaining = Infinity;");
    lines.push("var capped = benefit;");
  } else {
    lines.push(`var remaining = ${literal(s.cap)} - ${capUsed};`);
    lines.push("var capped = benefit < remaining ? benefit : remaining > 0 ? remaining : 0;");
    if (s.allowanceCountsTowardCap) {
      lines.push("var left = remaining - capped;");
      lines.push("allowance = allowance < left ? allowance : left > 0 ? left : 0;");
    }
  }
  lines.push("if (allowance !== Math.floor(allowance)) allowance = roundCents(allowance);");

  lines.push("var topUp = 0;");
  if (s.minimumPayout > 0 && (s.inpatient || s.minimumPayoutApplies)) {
    const capTopUp =
      s.allowanceCountsTowardCap && s.cap !== Infinity
        ? " var room = remaining - paid; topUp = topUp < room ? topUp : room > 0 ? room : 0;"
        : "";
    lines.push(
      `var paid = capped + allowance; if (paid > 0 && paid < ${literal(s.minimumPayout)}) { topUp = ${literal(s.minimumPayout)} - paid;${capTopUp} topUp = roundCents(topUp); }`,
    );
  }
  lines.push(
    "var payout = allowance === 0 && topUp === 0 && capped === benefit ? capped : roundCents(capped + allowance + topUp);",
  );
  lines.push(`${capUsed} = ${capUsed} + ${s.allowanceCountsTowardCap ? "payout" : "capped"};`);
  if (s.inpatient) lines.push(`${slot(STATE.coveredStays)} = covered + 1;`);
  lines.push(`if (allowance > 0) ${slot(STATE.allowancePaid)} = 1;`);

  // Attribution to the bands; the cap cuts the highest bands first.
  const attribution: string[] = ["var rest = capped;"];
  for (let index = 0; index < s.bands.count; index++) {
    const lower = literal(s.bands.lower[index]!);
    const upper = s.bands.upper[index]!;
    const high = upper === Infinity ? "to" : `(to < ${literal(upper)} ? to : ${literal(upper)})`;
    const band = s.bandOffset + index;
    // Without cumulative bands `from` is 0 and no lower bound is negative, so the part starts at the bound.
    const low =
      whole && !s.cumulativeBands && s.bands.lower[index]! >= 0 ? lower : `from > ${lower} ? from : ${lower}`;
    attribution.push(
      `if (rest > 0 && to > ${lower}) { var low${index} = ${low}; var high${index} = ${high}; if (high${index} > low${index}) { var part${index} = ${prorated(`(high${index} - low${index}) * ${literal(s.bands.rate[index]!)}`)}; if (part${index} > rest) part${index} = rest; bandTotals[${band}] = bandTotals[${band}] + part${index}; rest -= part${index}; } }`,
    );
  }
  lines.push(`if (bandTotals !== null && capped > 0) { ${attribution.join(" ")} }`);
  lines.push(`out[${OUT.benefit}] = capped;`);
  lines.push(`out[${OUT.allowance}] = allowance;`);
  lines.push(`out[${OUT.topUp}] = topUp;`);
  lines.push(`out[${OUT.payout}] = payout;`);
  return `return function payStay(selfPay, prorationFactor, allowanceDays, allowanceYears, state, stateOffset, out, bandTotals) {\n  ${lines.join("\n  ")}\n};`;
}

/**
 * Compiles the payer of one claim kind with `new Function` (code generation, as Vega compiles its
 * expressions): the compile phase of the fast path. Cost: about 0.1 ms, once per policy and kind.
 */
export function generateStayPayer(settings: PayerSettings): StayPayer {
  const factory = new Function("roundCents", generateStayPayerSource(settings)) as (
    round: typeof roundCents,
  ) => StayPayer;
  return factory(roundCents);
}
