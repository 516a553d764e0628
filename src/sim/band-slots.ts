import type { Band } from "../scenario/types.ts";

/** The band table a slot belongs to. */
export type BandTable = "inpatient" | "specialOutpatient";

/**
 * One band-attribution slot of a run: a co-pay band of the inpatient table, or of the special-outpatient
 * table when that has bands of its own (its slots follow the inpatient ones). Numbers and a code only:
 * the views name a slot in the reader's language (`bandSlotName` in src/charts).
 */
export interface BandSlot {
  readonly table: BandTable;
  /** Where the band starts, in yuan of self-pay (0 for the first band). */
  readonly from: number;
  /** Where it ends, in yuan; `null` for the open-ended last band. */
  readonly upTo: number | null;
  /** The share of the self-pay inside the band that the fund pays back. */
  readonly rate: number;
}

/**
 * The band-attribution slots of a policy, in the order of the run's band metrics (`METRIC.bands`):
 * the inpatient bands, then the special-outpatient bands if it has its own.
 * @example
 * const inpatient = { bands: [{ from: 0, upTo: 10_000, rate: 0.4 }, { from: 10_000, upTo: null, rate: 0.7 }] };
 * bandSlots({ inpatient, specialOutpatient: { bands: [{ from: 0, upTo: null, rate: 0.5 }] } })
 * // → [{ table: "inpatient", from: 0, upTo: 10000, rate: 0.4 }, { table: "inpatient", from: 10000, upTo: null, rate: 0.7 }, { table: "specialOutpatient", from: 0, upTo: null, rate: 0.5 }]
 */
export function bandSlots(policy: {
  readonly inpatient: { readonly bands: readonly Band[] };
  readonly specialOutpatient: { readonly bands: readonly Band[] | null };
}): BandSlot[] {
  const slot =
    (table: BandTable) =>
    ({ from, upTo, rate }: Band): BandSlot => ({ table, from, upTo, rate });
  return [
    ...policy.inpatient.bands.map(slot("inpatient")),
    ...(policy.specialOutpatient.bands ?? []).map(slot("specialOutpatient")),
  ];
}
