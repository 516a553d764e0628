/** The documents the published figures come from (`data/published`, `source` column), by key. */
export type PublishedDocument =
  | "im-review-2025"
  | "im-notice-2021"
  | "im-daily-2020"
  | "im-government-2024"
  | "nhc-bulletin-2023"
  | "other";

/**
 * Which document a published figure's `source` text cites: the seeds of `docs/sources` by number
 * (000: the Inner Mongolia five-year review of 2025; 001: the 2021 notice No. 5), or the press and
 * government pages the `source` names. A derived figure cites the document of the figures it comes from.
 * @example publishedDocument("seed 000: 职工住院医疗28.15万人次")
 * // → "im-review-2025"
 * @example publishedDocument("Inner Mongolia Daily 2020-12-15 (assumptions.md); seed 001 notice")
 * // → "im-daily-2020"
 */
export function publishedDocument(source: string): PublishedDocument {
  if (/Inner Mongolia Daily/i.test(source)) return "im-daily-2020";
  if (/government site/i.test(source)) return "im-government-2024";
  if (/seed 000/.test(source)) return "im-review-2025";
  if (/seed 001/.test(source)) return "im-notice-2021";
  if (/NHC/.test(source)) return "nhc-bulletin-2023";
  return "other";
}
