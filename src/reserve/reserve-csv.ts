import { formatCsv } from "../data/format-csv.ts";
import type { ReserveEstimate } from "./estimate-reserve.ts";

/**
 * The estimate by origin as CSV, one row per origin and a `total` row: latest diagonal, ultimate,
 * outstanding (IBNR) and its standard error, to the cent. `huzhu reserve --format csv` writes it, and the
 * Reserves tab saves it.
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
