import { h } from "./dom.ts";
import { downloadText } from "./downloads.ts";

/** A file a button saves. */
export interface Download {
  /** The button's `data-action`, e.g. `download-csv`. */
  readonly action: string;
  readonly label: string;
  readonly filename: string;
  /** MIME type, e.g. `text/csv` (CSV gets a byte-order mark: see `downloadText`). */
  readonly type: string;
  /** Makes the file's text, when the button is clicked. */
  readonly text: () => string;
}

/** A row of buttons, each saving one file. */
export function downloadButtons(downloads: readonly Download[]): HTMLElement {
  return h(
    "div",
    { class: "button-row" },
    downloads.map(({ action, label, filename, type, text }) =>
      h(
        "button",
        { type: "button", "data-action": action, on: { click: () => downloadText(filename, text(), type) } },
        label,
      ),
    ),
  );
}
