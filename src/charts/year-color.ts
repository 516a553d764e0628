import { COLORS } from "./base-spec.ts";

/**
 * The colour encoding of the annual-results charts that put last year beside this year: by the `year`
 * field, years in ascending order, the earlier one light (neutral grey) and the later one dark (the main
 * blue), so this year stands out and last year reads as the background.
 *
 * @param title The legend title (the locale's word for "year").
 * @example
 * yearColor("Year").scale.range
 * // → ["#9aa5b1", "#2f6db3"]
 */
export function yearColor(title: string): {
  field: "year";
  type: "nominal";
  title: string;
  sort: "ascending";
  scale: { range: string[] };
} {
  return {
    field: "year",
    type: "nominal",
    title,
    sort: "ascending",
    scale: { range: [COLORS.neutral, COLORS.main] },
  };
}
