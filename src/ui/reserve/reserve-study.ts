import { InputError, message, type Message } from "../../messages.ts";
import { parseDay } from "../../policy/dates.ts";
import { estimateReserve, type ReserveEstimate, type ReserveMethod } from "../../reserve/estimate-reserve.ts";
import { parseTriangleCsv } from "../../reserve/parse-triangle-csv.ts";
import { expectedByOrigin } from "../../results/expected-by-origin.ts";
import type { ReserveGrain } from "../../reserve/reserve-grain.ts";
import { triangleFromRecords } from "../../reserve/triangle-from-records.ts";
import type { Triangle } from "../../reserve/triangle.ts";
import type { Scenario } from "../../scenario/types.ts";
import type { TextFile } from "../shell/app-state.ts";
import { EXAMPLE_TRIANGLE } from "./example-triangle.ts";

/** What the Reserves tab asks for, as typed. */
export interface ReserveInputs {
  readonly members: readonly TextFile[];
  readonly claims: readonly TextFile[];
  /** A cumulative triangle CSV instead of records. */
  readonly triangle: TextFile | null;
  readonly valuation: string;
  readonly grain: ReserveGrain;
  readonly originBy: "admission" | "discharge";
  readonly basis: "paid" | "reported";
  readonly method: ReserveMethod;
  readonly tail: "none" | "fitted";
  /** Held reserve in yuan, as typed; empty: the scenario fund's opening balance and risk reserve. */
  readonly held: string;
  /** A-priori loss ratio for Bornhuetter–Ferguson, as typed; empty: the scenario's expected payout. */
  readonly priorLossRatio: string;
  /** The prior's coefficient of variation for Bornhuetter–Ferguson, as typed; empty: 0 (taken as exact). */
  readonly priorCv: string;
}

/** A finished study: the triangle, the estimate and what happened to the records. */
export interface ReserveStudy {
  readonly triangle: Triangle;
  readonly estimate: ReserveEstimate;
  readonly notes: readonly Message[];
  readonly valuation: string | null;
  /** Whether the triangle is the textbook example (not the fund's data: no held reserve of the scenario, no opening liability). */
  readonly example: boolean;
}

const SIMULATIONS = 5000;

/**
 * Runs the Reserves tab's study, as `huzhu reserve` would with the same inputs (bootstrap: 5,000
 * simulations, seed 1): the triangle from the records as at the valuation date (or the triangle file),
 * the method's estimate and the adequacy test. Returns the problems (messages, rendered where shown)
 * instead of throwing.
 */
export function runReserveStudy(
  inputs: ReserveInputs,
  scenario: Scenario,
): { ok: true; study: ReserveStudy } | { ok: false; problems: readonly Message[] } {
  try {
    let triangle: Triangle;
    let contributions: number[] | null = null;
    let expected: (() => number[]) | null = null;
    let notes: Message[] = [];
    let valuation: string | null = null;
    if (inputs.triangle) {
      triangle = parseTriangleCsv(inputs.triangle.text, inputs.triangle.name);
    } else {
      const valuationDay = parseDay(inputs.valuation);
      if (Number.isNaN(valuationDay))
        return { ok: false, problems: [message.reserveValuationDate(inputs.valuation)] };
      const triangles = triangleFromRecords({
        members: inputs.members,
        claims: inputs.claims,
        policy: scenario.policy,
        valuationDay,
        grain: inputs.grain,
        originBy: inputs.originBy,
      });
      triangle = inputs.basis === "paid" ? triangles.paidAmount : triangles.reportedAmount;
      contributions = triangles.contributions;
      const size = triangle.origins.length;
      expected = () =>
        expectedByOrigin(scenario, triangles.members, inputs.grain, triangles.firstPeriod, size);
      notes = triangles.notes;
      valuation = inputs.valuation;
    }
    const fund = scenario.assumptions.fund;
    // The textbook example is not this fund's: the scenario's held reserve says nothing about it, so
    // it is tested only against a held reserve the user types.
    const example = inputs.triangle === EXAMPLE_TRIANGLE;
    const held =
      inputs.held.trim() === ""
        ? example
          ? undefined
          : fund.openingBalance + fund.riskReserve
        : Number(inputs.held);
    if (held !== undefined && !(Number.isFinite(held) && held >= 0))
      return { ok: false, problems: [message.reserveHeldAmount(inputs.held)] };
    let prior: number[] | undefined;
    if (inputs.method === "bf") {
      const typed = inputs.priorLossRatio.trim();
      const ratio = Number(typed);
      if (
        contributions === null ||
        expected === null ||
        (typed !== "" && !(Number.isFinite(ratio) && ratio >= 0))
      )
        return { ok: false, problems: [message.reserveNoPrior(triangle.origins[0] ?? "")] };
      prior = typed === "" ? expected() : contributions.map((value) => value * ratio);
    }
    const priorCv = (inputs.priorCv ?? "").trim() === "" ? 0 : Number(inputs.priorCv);
    if (!(priorCv >= 0 && priorCv <= 10))
      return {
        ok: false,
        problems: [message.simulationOutOfRange("CV", inputs.priorCv, message.numberRange(0, 10))],
      };
    const outcome = estimateReserve(triangle, {
      method: inputs.method,
      tail: { kind: inputs.tail === "fitted" ? "fitted" : "none" },
      simulations: SIMULATIONS,
      seed: 1,
      prior,
      priorCv,
      ...(held === undefined ? {} : { held }),
    });
    if (!outcome.ok) return { ok: false, problems: [outcome.reason] };
    return { ok: true, study: { triangle, estimate: outcome.value, notes, valuation, example } };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, problems: error.problems };
    throw error;
  }
}

/** The cumulative triangle as CSV in the `--triangle` format (`origin,1,2,…`, empty future cells). */
export function triangleCsv(triangle: Triangle): string {
  const header = ["origin", ...(triangle.cells[0] ?? []).map((_, index) => String(index + 1))];
  const lines = triangle.cells.map((row, index) =>
    [triangle.origins[index]!, ...row.map((cell) => (cell === null ? "" : String(cell)))].join(","),
  );
  return [header.join(","), ...lines].join("\n") + "\n";
}
