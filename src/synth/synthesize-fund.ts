import { zeroTruncatedCountCdf, probabilityOfNoClaim } from "../model/claim-frequency.ts";
import { LAG_TABLE_SIZE, type Model } from "../model/compile-model.ts";
import { drawAlias } from "../model/discrete-alias-table.ts";
import { log, pow } from "../model/portable-math.ts";
import { selfPayQuantile } from "../model/self-pay-severity.ts";
import { LUMP_SUM_KINDS, OUT_SIZE, STATE, STATE_SIZE } from "../policy/compile-policy.ts";
import { ageOn, formatDay, parseDay } from "../policy/dates.ts";
import { RandomStream } from "../sim/random-stream.ts";
import { samplePoisson } from "../sim/sample-counts.ts";
import { MAX_CLAIMS_PER_MEMBER } from "../sim/workspace.ts";
import { type DirtyCounts, corruptClaimRow, corruptMemberRow } from "./dirty-rows.ts";
import { MemberTable } from "./member-table.ts";

/** What `huzhu synth` is asked for. */
export interface SynthOptions {
  /** First and last calendar year (each a coverage period 1 Jan – 31 Dec). */
  from: number;
  to: number;
  seed: number;
  /** Share of the scenario's membership (1 = full size). */
  scale: number;
  /** Share of rows given a data-entry error (0 = clean). */
  dirty: number;
}

/** A file being written: text arrives in chunks, in order. */
export interface SynthFile {
  write(text: string): void;
  close(): void;
}

/** Counts of one synthetic year. */
export interface SynthYear {
  year: number;
  members: number;
  claims: number;
  /** Claims drawn to be rejected: excluded cause, late filing, no settlement statement. */
  rejectable: { excludedCause: number; lateFiling: number; noSettlement: number };
  /** Lump-sum claims drawn (women's special disease, critical illness, accident), paid or not. */
  lumpSums: number;
  dirty: DirtyCounts;
}

/**
 * Rates of claims drawn to be rejected, per admissible stay (E: the sources give no figures; a few per
 * cent, so the rejections table of a year has something in each line).
 */
export const REJECTABLE_RATES = { excludedCause: 0.025, lateFiling: 0.015, noSettlement: 0.01 } as const;

/** Causes of admissible stays: mostly illness (E). */
const ADMISSIBLE_CAUSES = [
  ["illness", 0.9],
  ["injury", 0.07],
  ["traffic_settled", 0.03],
] as const;

/** Columns of the files written, in the `huzhu benefit` formats. */
export const SYNTH_MEMBER_COLUMNS =
  "member_id,status,sex,birth_date,unit_id,region,period_start,period_end,allowance_years";
/** Member columns added when the scheme has lump-sum products (the `huzhu benefit` members format). */
export const SYNTH_PRODUCT_COLUMNS = "products,product_renewal";
export const SYNTH_CLAIM_COLUMNS =
  "claim_id,member_id,kind,cause,admission_date,discharge_date,self_pay,settlement_date,filed_date,paid_date";

const CHUNK = 1 << 16;
const YEAR_DAYS = 365.25;

/** A buffered CSV writer: rows are joined into chunks of about 64 KB before they reach the file. */
class ChunkedWriter {
  private parts: string[] = [];
  private length = 0;
  constructor(private readonly file: SynthFile) {}
  line(text: string): void {
    this.parts.push(text);
    this.length += text.length + 1;
    if (this.length >= CHUNK) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    this.file.write(this.parts.join("\n") + "\n");
    this.parts = [];
    this.length = 0;
  }
  close(): void {
    this.flush();
    this.file.close();
  }
}

const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Geometric unit size with mean `mean` (at least 1): unit sizes are skewed, a few units are large. */
function unitSize(stream: RandomStream, mean: number): number {
  if (mean <= 1) return 1;
  return 1 + Math.floor(log(1 - stream.uniform()) / log(1 - 1 / mean));
}

function drawLag(lagTable: Float64Array, u: number): number {
  const position = u * (LAG_TABLE_SIZE - 1);
  const index = position | 0;
  const next = index + 1 < LAG_TABLE_SIZE - 1 ? index + 1 : index;
  return lagTable[index]! + (lagTable[next]! - lagTable[index]!) * (position - index);
}

function pick<T>(stream: RandomStream, items: readonly T[]): T {
  return items[Math.min(items.length - 1, Math.floor(stream.uniform() * items.length))]!;
}

/**
 * Draws a synthetic fund's records year by year from the scenario's own model (src/model) and writes
 * `members-YYYY.csv` and `claims-YYYY.csv` through `open`, streaming: only the members are kept (typed
 * arrays), claims go to the file as they are drawn, so a full-size Inner Mongolia year (1.4M members)
 * stays well under 1 GB.
 *
 * - Members: the model's starting cells × `scale` (region, sex, age band, allowance years), put into
 *   units of geometric size with the scenario's mean unit size. Each later year units renew or lapse as
 *   a whole (renewal at the fee, as in the simulation), members leave at the exit rate, age a year,
 *   retire (some continue as retirees) and leave at 70, and new units join with the active age profile.
 *   The allowance count goes up a year, or restarts at 1 after an allowance was paid.
 * - Claims: each member claims with the model's negative binomial for its age band; each stay has an
 *   admission day, a length of stay, a self-pay (× medical inflation) and a reporting lag from the
 *   model's tables. Settlement follows discharge by 0–14 days; the fund pays at discharge + the lag; the
 *   claim is filed between settlement and payment, within the deadline. Special outpatient patients
 *   (chemotherapy, dialysis) claim monthly. On top, claims to be rejected are drawn at
 *   `REJECTABLE_RATES`: an excluded cause, filing after the deadline, or no settlement statement.
 * - Lump-sum products (women's special disease, critical illness, accident), as the simulation draws them
 *   (`simulateClaims`, `lumpSumHolders`): a member holds a product when eligible (sex, age at the period
 *   start at most the product's limit) and, for the women's product, taking it up (decided once, at the
 *   take-up rate); the members file lists the products enrolled in (`products`) and whether the member
 *   renews unbroken (`product_renewal`: no for a new joiner — in the first year a share `newUnitGrowth`
 *   of members, as the model assumes; later, members of units that joined that year — or a member newly
 *   holding a product). Each holder has an event at the kind's incidence on a uniform day; the claim's
 *   `self_pay` is the approved amount (uniform between a third and all of the cap, when the product has
 *   no fixed amount). A diagnosis inside a new joiner's observation period is filed all the same (the
 *   adjudicator rejects it, or pays the observation payout).
 * - `dirty`: that share of rows gets one data-entry error (see `corruptMemberRow`, `corruptClaimRow`).
 *
 * Deterministic: every draw comes from streams keyed by (seed, year, purpose). The lump sums draw from a
 * stream of their own, so a scheme without them gets the same records, byte for byte, as before they
 * were drawn.
 */
export function synthesizeFund(
  model: Model,
  options: SynthOptions,
  open: (name: string) => SynthFile,
): SynthYear[] {
  const { scenario, cells, policy } = model;
  const membership = scenario.assumptions.membership;
  const hospitalisation = scenario.assumptions.hospitalisation;
  const regions = cells.regions;
  const table = new MemberTable();
  const unitRegion: number[] = [];
  const unitPresent: number[] = [];
  const streamOf = (year: number, purpose: string) =>
    new RandomStream(`huzhu-synth/${options.seed}/${year}/${purpose}`);
  const dayText = new Map<number, string>();
  const day = (value: number) => {
    let text = dayText.get(value);
    if (text === undefined) dayText.set(value, (text = formatDay(value)));
    return text;
  };
  const regionText = regions.map(csvField);
  const lumpProducts = LUMP_SUM_KINDS.map((_, kindIndex) => policy.lumpSums[kindIndex] ?? null);
  const hasLumpSums = lumpProducts.some((product) => product !== null);
  const incidence = LUMP_SUM_KINDS.map((kind) =>
    kind === "special_disease"
      ? hospitalisation.specialDiseaseIncidence
      : kind === "critical_illness"
        ? hospitalisation.criticalIllnessIncidence
        : hospitalisation.accidentIncidence,
  );
  const ageTotal = membership.activeAgeBands.reduce((sum, band) => sum + band.share, 0);
  const retirementAge = membership.retirementAge;

  /** A birth day for an age band, with the age on 1 January uniform inside the band. */
  const birthFor = (stream: RandomStream, band: number, january1: number) => {
    const from = cells.bandFrom[band]!;
    const to =
      band < cells.activeBands - 1
        ? cells.bandFrom[band + 1]!
        : band === cells.activeBands - 1
          ? retirementAge
          : band === cells.activeBands
            ? retirementAge + 5
            : retirementAge + 10;
    const age = from + stream.uniform() * Math.max(0, to - from);
    return january1 - Math.max(1, Math.round(age * YEAR_DAYS));
  };
  const newUnit = (region: number) => {
    unitRegion.push(region);
    unitPresent.push(1);
    return unitRegion.length - 1;
  };
  /** Gives the members in `slots` (one region) units of geometric size, in a random order. */
  const formUnits = (stream: RandomStream, slots: number[], region: number) => {
    for (let i = slots.length - 1; i > 0; i--) {
      const j = Math.floor(stream.uniform() * (i + 1));
      [slots[i], slots[j]] = [slots[j]!, slots[i]!];
    }
    let left = 0;
    let unit = -1;
    for (const slot of slots) {
      if (left === 0) {
        unit = newUnit(region);
        left = unitSize(stream, membership.meanUnitSize);
      }
      table.unit[slot] = unit;
      left--;
    }
  };

  // The first year's members: the model's starting cells, scaled.
  {
    const stream = streamOf(options.from, "members");
    const january1 = parseDay(`${options.from}-01-01`);
    for (let region = 0; region < regions.length; region++) {
      const slots: number[] = [];
      for (let cell = 0; cell < cells.cellCount; cell++) {
        const bucket = cell % 3;
        const band = Math.floor(cell / 3) % cells.bands;
        const sex = Math.floor(cell / 3 / cells.bands) % 2;
        if (Math.floor(cell / 3 / cells.bands / 2) !== region) continue;
        const count = Math.round(model.initialCounts[cell]! * options.scale);
        for (let i = 0; i < count; i++) {
          const retiree = band >= cells.activeBands;
          slots.push(table.add(region, -1, sex, birthFor(stream, band, january1), retiree, bucket + 1));
        }
      }
      formUnits(stream, slots, region);
    }
  }

  const priceChange = scenario.policy.fees.active / membership.referenceFee - 1;
  const demand = Math.max(0, 1 + membership.priceElasticity * priceChange);
  const renewal = Math.min(1, membership.unitRenewal * demand);
  const growth = membership.newUnitGrowth * demand;
  const feeLeavers = Math.max(0, membership.unitRenewal - renewal);
  const restarts = scenario.policy.inpatient.dailyAllowance?.restartAfterPayment ?? false;
  let frailty = 1;
  const years: SynthYear[] = [];
  const state = new Float64Array(STATE_SIZE);
  const out = new Float64Array(OUT_SIZE);
  const admission = new Int32Array(MAX_CLAIMS_PER_MEMBER);
  const stayDays = new Int32Array(MAX_CLAIMS_PER_MEMBER);
  const selfPay = new Float64Array(MAX_CLAIMS_PER_MEMBER);
  const order = new Int32Array(MAX_CLAIMS_PER_MEMBER);

  for (let year = options.from; year <= options.to; year++) {
    const january1 = parseDay(`${year}-01-01`);
    const december31 = parseDay(`${year}-12-31`);
    const daysInYear = december31 - january1 + 1;
    // Slots from here on joined this year (new units).
    const joinedFrom = year > options.from ? table.size : 0;
    if (year > options.from) {
      advanceYear(year, january1);
      frailty *= 1 + membership.antiSelection * feeLeavers;
    }
    const inflation = pow(1 + hospitalisation.medicalInflation, year - options.from);
    const claimStream = streamOf(year, "claims");
    const rejectStream = streamOf(year, "rejections");
    const dirtyStream = streamOf(year, "dirty");
    const lumpStream = hasLumpSums ? streamOf(year, "lump-sums") : null;
    const members = new ChunkedWriter(open(`members-${year}.csv`));
    const claims = new ChunkedWriter(open(`claims-${year}.csv`));
    members.line(hasLumpSums ? `${SYNTH_MEMBER_COLUMNS},${SYNTH_PRODUCT_COLUMNS}` : SYNTH_MEMBER_COLUMNS);
    claims.line(SYNTH_CLAIM_COLUMNS);
    const summary: SynthYear = {
      year,
      members: 0,
      claims: 0,
      rejectable: { excludedCause: 0, lateFiling: 0, noSettlement: 0 },
      lumpSums: 0,
      dirty: { members: 0, claims: 0 },
    };
    const noClaim = new Float64Array(cells.bands);
    const countCdfs: Float64Array[] = [];
    for (let band = 0; band < cells.bands; band++) {
      const mean = model.frequency.meanByBand[band]! * frailty;
      noClaim[band] = probabilityOfNoClaim(mean, model.frequency.shape);
      countCdfs.push(zeroTruncatedCountCdf(mean, model.frequency.shape));
    }
    const periodStart = day(january1);
    const periodEnd = day(december31);
    const deadline = scenario.policy.claimDeadline;
    let claimSerial = 0;
    let lastClaimId = "";
    const lastDayFor = (settlement: number) =>
      (deadline.from === "periodEnd" ? december31 : settlement) + deadline.days;

    const writeClaim = (
      memberId: string,
      kind: string,
      cause: string,
      admitted: number,
      discharged: number,
      amount: number,
      settlement: number | null,
      filed: number,
      paid: number | null,
    ) => {
      const claimId = `C${year}${String(++claimSerial).padStart(7, "0")}`;
      let row = `${claimId},${memberId},${kind},${cause},${day(admitted)},${day(discharged)},${amount.toFixed(2)},${settlement === null ? "none" : day(settlement)},${day(filed)},${paid === null ? "" : day(paid)}`;
      if (options.dirty > 0 && dirtyStream.uniform() < options.dirty) {
        row = corruptClaimRow(dirtyStream, row, lastClaimId, year);
        summary.dirty.claims++;
      }
      lastClaimId = claimId;
      claims.line(row);
      summary.claims++;
    };

    /** A stay's dates: settlement 0–14 days after discharge, payment at discharge + the model's lag. */
    const stayDates = (discharged: number, u: number) => {
      const settlement = discharged + Math.floor(rejectStream.uniform() * 15);
      const paid = Math.max(settlement + 3, discharged + Math.round(drawLag(model.lagTable, u)));
      const filed = Math.min(
        settlement + Math.floor(rejectStream.uniform() * (paid - settlement - 1)),
        lastDayFor(settlement),
      );
      return { settlement, filed, paid };
    };

    /** Claims to be rejected, beside an admissible stay: an excluded cause, late filing, no settlement. */
    const writeRejectable = (memberId: string, admitted: number, days: number, amount: number) => {
      const discharged = admitted + days;
      const settlement = discharged + Math.floor(rejectStream.uniform() * 15);
      if (rejectStream.uniform() < REJECTABLE_RATES.excludedCause) {
        const cause = pick(rejectStream, scenario.policy.excludedCauses);
        writeClaim(
          memberId,
          "inpatient",
          cause,
          admitted,
          discharged,
          amount,
          settlement,
          settlement + 5,
          null,
        );
        summary.rejectable.excludedCause++;
      }
      if (rejectStream.uniform() < REJECTABLE_RATES.lateFiling) {
        const filed = lastDayFor(settlement) + 1 + Math.floor(rejectStream.uniform() * 90);
        writeClaim(memberId, "inpatient", "illness", admitted, discharged, amount, settlement, filed, null);
        summary.rejectable.lateFiling++;
      }
      if (rejectStream.uniform() < REJECTABLE_RATES.noSettlement) {
        writeClaim(
          memberId,
          "inpatient",
          "illness",
          admitted,
          discharged,
          amount,
          null,
          discharged + 10,
          null,
        );
        summary.rejectable.noSettlement++;
      }
    };

    for (let slot = 0; slot < table.size; slot++) {
      if (table.present[slot] === 0) continue;
      const retiree = table.retiree[slot] === 1;
      const age = (january1 - table.birthDay[slot]!) / YEAR_DAYS;
      let band = cells.activeBands;
      if (retiree) band += age >= retirementAge + 5 ? 1 : 0;
      else {
        band = 0;
        while (band + 1 < cells.activeBands && cells.bandFrom[band + 1]! <= age) band++;
      }
      const memberId = `M${String(slot + 1).padStart(7, "0")}`;
      let memberRow = `${memberId},${retiree ? "retiree" : "active"},${table.sex[slot] === 0 ? "F" : "M"},${day(table.birthDay[slot]!)},U${String(table.unit[slot]! + 1).padStart(6, "0")},${regionText[table.region[slot]!]},${periodStart},${periodEnd},${table.allowanceYears[slot]}`;
      // Lump-sum products held this year, and whether the member renews them unbroken.
      let held = 0;
      let renewing = true;
      if (lumpStream !== null) {
        if (table.productChoice[slot] === 0) {
          let choice = 128;
          lumpProducts.forEach((product, kindIndex) => {
            if (product === null) return;
            const takesUp =
              product.kind !== "special_disease" ||
              lumpStream.uniform() < hospitalisation.specialDiseaseTakeUp;
            if (takesUp) choice |= 1 << kindIndex;
          });
          table.productChoice[slot] = choice;
        }
        const ageAtStart = ageOn(table.birthDay[slot]!, january1);
        const sex = table.sex[slot] === 0 ? "F" : "M";
        lumpProducts.forEach((product, kindIndex) => {
          if (product === null || (table.productChoice[slot]! & (1 << kindIndex)) === 0) return;
          if (product.sex !== null && product.sex !== sex) return;
          if (product.maxAge !== null && ageAtStart > product.maxAge) return;
          held |= 1 << kindIndex;
        });
        const newJoiner =
          year === options.from ? lumpStream.uniform() < membership.newUnitGrowth : slot >= joinedFrom;
        renewing = !newJoiner && (year === options.from || (held & ~table.productsHeld[slot]!) === 0);
        table.productsHeld[slot] = held;
        const enrolled = lumpProducts
          .filter(
            (product, kindIndex) =>
              product !== null && product.requiresEnrolment && (held & (1 << kindIndex)) !== 0,
          )
          .map((product) => product!.kind);
        memberRow += `,${enrolled.join(";")},${renewing ? "yes" : "no"}`;
      }
      if (options.dirty > 0 && dirtyStream.uniform() < options.dirty) {
        memberRow = corruptMemberRow(dirtyStream, memberRow, members);
        summary.dirty.members++;
      }
      members.line(memberRow);
      summary.members++;
      table.allowancePaid[slot] = 0;

      // Admissible stays: the model's claim count, admission, length, self-pay and lag.
      if (claimStream.uniform() >= noClaim[band]!) {
        const cdf = countCdfs[band]!;
        const u = claimStream.uniform();
        let k = 0;
        while (u > cdf[k]! && k < cdf.length - 1) k++;
        const count = Math.min(k + 1, MAX_CLAIMS_PER_MEMBER);
        for (let i = 0; i < count; i++) {
          admission[i] = january1 + Math.floor(claimStream.uniform() * daysInYear);
          stayDays[i] = drawAlias(model.lengthOfStay, claimStream.uniform());
          selfPay[i] =
            Math.round(selfPayQuantile(model.severity, claimStream.uniform()) * inflation * 100) / 100;
          let j = i;
          while (j > 0 && admission[order[j - 1]!]! > admission[i]!) {
            order[j] = order[j - 1]!;
            j--;
          }
          order[j] = i;
        }
        state.fill(0);
        for (let n = 0; n < count; n++) {
          const i = order[n]!;
          // Paid through the policy only to know whether the allowance was paid (it restarts the count).
          policy.inpatientPayer(
            selfPay[i]!,
            1,
            stayDays[i]!,
            table.allowanceYears[slot]!,
            state,
            0,
            out,
            null,
          );
          const discharged = admission[i]! + stayDays[i]!;
          const dates = stayDates(discharged, claimStream.uniform());
          let cause = "illness";
          let v = rejectStream.uniform();
          for (const [name, share] of ADMISSIBLE_CAUSES) {
            if (v < share) {
              cause = name;
              break;
            }
            v -= share;
          }
          writeClaim(
            memberId,
            "inpatient",
            cause,
            admission[i]!,
            discharged,
            selfPay[i]!,
            dates.settlement,
            dates.filed,
            dates.paid,
          );
          writeRejectable(memberId, admission[i]!, stayDays[i]!, selfPay[i]!);
        }
        if (state[STATE.allowancePaid] === 1) table.allowancePaid[slot] = 1;
      }

      // Special outpatient patients: monthly claims of exponential self-pay (as in the simulation).
      if (
        policy.specialOutpatientCovered &&
        hospitalisation.specialOutpatientRate > 0 &&
        claimStream.uniform() < hospitalisation.specialOutpatientRate
      ) {
        const months = 1 + Math.floor(claimStream.uniform() * 12);
        const first = Math.floor(claimStream.uniform() * (13 - months));
        for (let month = first; month < first + months; month++) {
          const start = parseDay(`${year}-${String(month + 1).padStart(2, "0")}-01`);
          const amount =
            -hospitalisation.specialOutpatientMeanSelfPay * log(1 - claimStream.uniform()) * inflation;
          const dates = stayDates(start + 27, claimStream.uniform());
          writeClaim(
            memberId,
            "special_outpatient",
            "illness",
            start,
            start + 27,
            Math.round(amount * 100) / 100,
            dates.settlement,
            dates.filed,
            dates.paid,
          );
        }
      }

      // Lump sums: one event per holder at the kind's incidence (the simulation's binomial draw).
      if (lumpStream !== null && held !== 0) {
        lumpProducts.forEach((product, kindIndex) => {
          if (product === null || (held & (1 << kindIndex)) === 0) return;
          if (lumpStream.uniform() >= incidence[kindIndex]!) return;
          const diagnosed = january1 + Math.floor(lumpStream.uniform() * daysInYear);
          const amount =
            product.amount === null
              ? Math.round((product.cap ?? 10000) * (1 / 3 + (2 / 3) * lumpStream.uniform()) * 100) / 100
              : product.amount;
          // Lump sums are filed within the deadline after the period's end (they have no settlement).
          const filed = Math.min(
            diagnosed + 5 + Math.floor(lumpStream.uniform() * 60),
            december31 + deadline.days,
          );
          const paysNothing =
            !renewing && diagnosed - january1 < product.observationDays && product.observationPayout === 0;
          const paid = paysNothing ? null : filed + 3 + Math.floor(lumpStream.uniform() * 28);
          writeClaim(
            memberId,
            product.kind,
            product.kind === "accident" ? "injury" : "illness",
            diagnosed,
            diagnosed,
            amount,
            diagnosed,
            filed,
            paid,
          );
          summary.lumpSums++;
        });
      }
    }
    members.close();
    claims.close();
    years.push(summary);
  }
  return years;

  /** Units renew or lapse, members leave, retire or age out; new units join. */
  function advanceYear(year: number, january1: number): void {
    const stream = streamOf(year, "membership");
    const unitRenews = new Uint8Array(unitRegion.length);
    for (let unit = 0; unit < unitRegion.length; unit++) {
      if (unitPresent[unit] === 1 && stream.uniform() >= renewal) unitPresent[unit] = 0;
      unitRenews[unit] = unitPresent[unit]!;
    }
    const regionMembers = new Float64Array(regions.length);
    for (let slot = 0; slot < table.size; slot++) {
      if (table.present[slot] === 0) continue;
      if (unitRenews[table.unit[slot]!] === 0 || stream.uniform() < membership.memberExitRate) {
        table.present[slot] = 0;
        continue;
      }
      regionMembers[table.region[slot]!]! += 1;
      const age = (january1 - table.birthDay[slot]!) / YEAR_DAYS;
      if (table.retiree[slot] === 0 && age >= retirementAge) {
        if (cells.retirees && stream.uniform() < membership.retireeContinuation) table.retiree[slot] = 1;
        else table.present[slot] = 0;
      } else if (table.retiree[slot] === 1 && age >= retirementAge + 10) table.present[slot] = 0;
      if (table.present[slot] === 0) continue;
      const paid = restarts && table.allowancePaid[slot] === 1;
      table.allowanceYears[slot] = paid ? 1 : Math.min(table.allowanceYears[slot]! + 1, 60);
    }
    for (let region = 0; region < regions.length; region++) {
      const units = samplePoisson(stream, (growth * regionMembers[region]!) / membership.meanUnitSize);
      for (let n = 0; n < units; n++) {
        const unit = newUnit(region);
        const size = unitSize(stream, membership.meanUnitSize);
        for (let i = 0; i < size; i++) {
          let v = stream.uniform() * ageTotal;
          let band = 0;
          while (band + 1 < cells.activeBands && v >= membership.activeAgeBands[band]!.share) {
            v -= membership.activeAgeBands[band]!.share;
            band++;
          }
          const sex = stream.uniform() < membership.femaleShare ? 0 : 1;
          table.add(region, unit, sex, birthFor(stream, band, january1), false, 1);
        }
      }
    }
  }
}
