import type { Model } from "../model/compile-model.ts";
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
