import type { ChartLocale } from "../../charts/locale.ts";
import { errorText } from "../common/error-text.ts";
import { h } from "../common/dom.ts";
import { translate } from "./i18n.ts";

/**
 * Shows an error that nothing else caught at the top of the page, with a Dismiss button: the page keeps
 * working and never goes blank. The banner lives outside the app's own element, so redrawing the app
 * (a language switch) keeps it.
 */
export function showError(
  error: unknown,
  locale: ChartLocale,
  title = translate(locale, "error.title"),
): void {
  let banner = document.getElementById("error-banner");
  if (!banner) {
    banner = h("div", { id: "error-banner", "aria-live": "assertive" });
    document.body.prepend(banner);
  }
  const alert = h(
    "div",
    { class: "alert error", role: "alert", "data-role": "error" },
    h("strong", {}, title),
    h("pre", {}, errorText(error, locale)),
  );
  alert.append(
    h(
      "button",
      { type: "button", class: "small", on: { click: () => alert.remove() } },
      translate(locale, "error.dismiss"),
    ),
  );
  banner.append(alert);
}
