import type { ChartLocale } from "../../charts/locale.ts";
import { h } from "../common/dom.ts";
import type { SummarySentence } from "./decision-summary.ts";
import { translate } from "../shell/i18n.ts";

/**
 * The decision summary box: a short heading and the sentences, each carrying the figure and interval it
 * rests on in `data-*` attributes (so a test can check it against the table).
 */
export function decisionSummaryView(sentences: readonly SummarySentence[], locale: ChartLocale): HTMLElement {
  return h(
    "section",
    {
      class: "decision-summary",
      "data-role": "decision-summary",
      "aria-label": translate(locale, "summary.heading"),
    },
    h("h3", {}, translate(locale, "summary.heading")),
    sentences.map((sentence) =>
      h(
        "p",
        {
          "data-figure": sentence.figure,
          "data-value": String(sentence.interval.value),
          "data-low": String(sentence.interval.low),
          "data-high": String(sentence.interval.high),
          ...(sentence.significant === undefined ? {} : { "data-significant": String(sentence.significant) }),
        },
        sentence.text,
      ),
    ),
    h("p", { class: "muted summary-note" }, translate(locale, "summary.note")),
  );
}
