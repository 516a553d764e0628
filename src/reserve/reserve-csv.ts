import { formatCsv } from "../data/format-csv.ts";
import type { ReserveEstimate } from "./estimate-reserve.ts";

/**
 * A reserve estimate by origin as CSV, with a last row "total": latest, ultimate, IBNR and standard
 * error in yuan to the fen. `huzhu reserve --format csv` and the Reserves tab's download write it.
 */
export function reserveCsv(estimate: ReserveEstimate): string {
  const rows = [...estimate.byOrigin, { origin: "total", ...estimate.total }].map((row) => ({
    origin: row.origin,
    latest: row.latest.toFixed(2),
    ultimate: row.ultimate.toFixed(2),
    ibnr: row.ibnr.toFixed(2),
    se: row.se.toFixed(2),
  }));
  return formatCsv(["origin", "latest", "ultimate", "ibnr", "se"], rows);
}
