import { h, type Props } from "./dom.ts";

/** A column's heading, and whether the column holds numbers (right-aligned, tabular figures). */
export interface Column {
  readonly label: string;
  readonly numeric?: boolean;
}

/** What {@link headedTable} draws. */
export interface HeadedTableParts {
  /** The `<table>`'s attributes (class, `data-role`). */
  readonly attributes: Props;
  /** The caption, or `null` for none. */
  readonly caption: string | null;
  readonly columns: readonly Column[];
  readonly rows: readonly HTMLTableRowElement[];
}

/** A table with a caption, one row of column headings, and the given body rows. */
export function headedTable({ attributes, caption, columns, rows }: HeadedTableParts): HTMLTableElement {
  return h(
    "table",
    attributes,
    caption === null ? null : h("caption", {}, caption),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        columns.map((column) =>
          h("th", column.numeric ? { scope: "col", class: "number" } : { scope: "col" }, column.label),
        ),
      ),
    ),
    h("tbody", {}, rows),
  );
}
