/**
 * The languages figures are written in, and what a figure that cannot be shown looks like. Every
 * formatter of src/format takes one of these, so the command line, charts, page and exports agree.
 */

/** The product's languages: Simplified Chinese (the page's default) and English. */
export type Language = "zh" | "en";

/** BCP 47 tags of the languages, for `Intl`. */
export const LANGUAGE_TAG: Readonly<Record<Language, string>> = { zh: "zh-CN", en: "en-GB" };

/** What a formatter returns for NaN and ±Infinity: an en dash. */
export const MISSING = "–";
