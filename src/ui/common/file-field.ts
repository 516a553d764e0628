import type { TextFile } from "../shell/app-state.ts";
import { h, uniqueId } from "./dom.ts";
import { readTextFile } from "./downloads.ts";

/** What {@link fileField} draws. */
export interface FileFieldOptions {
  /** The label's text. */
  readonly label: string;
  /** The input's `data-role`, e.g. `replay-members` (also the prefix of its id). */
  readonly role: string;
  /** The file types offered; CSV by default. */
  readonly accept?: string;
  /** Whether several files may be chosen at once. */
  readonly multiple?: boolean;
  /** A note beside the input, e.g. the files chosen before the tab was drawn again (a language switch). */
  readonly note?: string | null;
  /** Empties the input once read, so that choosing the same file again reads it again. */
  readonly clearAfterRead?: boolean;
}

/**
 * A labelled file field; `onFiles` gets the chosen files read as text, in the order chosen (an empty list
 * when the choice is cleared).
 */
export function fileField(options: FileFieldOptions, onFiles: (files: TextFile[]) => void): HTMLElement {
  const id = uniqueId(options.role);
  const input = h("input", {
    id,
    type: "file",
    accept: options.accept ?? ".csv,text/csv",
    multiple: options.multiple ?? false,
    "data-role": options.role,
  });
  input.addEventListener("change", () => {
    void Promise.all(Array.from(input.files ?? []).map(readTextFile)).then(onFiles);
    if (options.clearAfterRead) input.value = "";
  });
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, options.label),
    input,
    options.note ? h("span", { class: "muted" }, options.note) : null,
  );
}
