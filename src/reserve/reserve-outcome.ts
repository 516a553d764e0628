import type { Message } from "../messages.ts";

/** A method's result, or the reason (a message, shown in the user's language) it cannot be used on this triangle. */
export type ReserveOutcome<T> = { ok: true; value: T } | { ok: false; reason: Message };

/** The reserve of one origin period. */
export interface OriginReserve {
  origin: string;
  /** Cumulative amount known at the valuation (the latest diagonal). */
  latest: number;
  /** Estimated ultimate amount. */
  ultimate: number;
  /** Outstanding: ultimate − latest (IBNR, including reported but not yet paid when the triangle is paid). */
  ibnr: number;
  /** Standard error of the outstanding amount: Mack's, or the bootstrap's standard deviation. */
  se: number;
}

/** The totals over all origins. */
export type TotalReserve = Omit<OriginReserve, "origin">;
