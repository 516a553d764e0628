import type { Model } from "../model/compile-model.ts";
import { METRIC, metricCount } from "./metrics.ts";
import type { RandomStream } from "./random-stream.ts";
import type { Workspace } from "./workspace.ts";

/** What the claim loops of one path-year share (stays, special outpatients, lump sums). */
export interface ClaimYear {
  readonly model: Model;
  /** The year's claim stream: each loop draws from its own substreams of it. */
  readonly stream: RandomStream;
  readonly workspace: Workspace;
  /** The band attribution of active members' claims: the year's row, from `METRIC.bands`. */
  readonly activeBandRow: Float64Array;
  /** The band attribution of retirees' claims, after the active members' slots. */
  readonly retireeBandRow: Float64Array;
  /** The year's medical-inflation index, applied to self-pay. */
  readonly inflation: number;
}

/** The claim year of `row`'s path-year at `rowOffset`, its band rows views into the row. */
export function claimYear(
  model: Model,
  stream: RandomStream,
  workspace: Workspace,
  row: Float64Array,
  rowOffset: number,
  inflation: number,
): ClaimYear {
  const bands = rowOffset + METRIC.bands;
  return {
    model,
    stream,
    workspace,
    activeBandRow: row.subarray(bands, bands + model.bandSlots),
    retireeBandRow: row.subarray(bands + model.bandSlots, rowOffset + metricCount(model.bandSlots)),
    inflation,
  };
}
